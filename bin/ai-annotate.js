#!/usr/bin/env node
// The ai-annotate command: see `ai-annotate --help`. The bundle is built by `npm run build`
// (npm ci runs it through the prepare script).
'use strict';
require('../server/out/cli.js').run();
