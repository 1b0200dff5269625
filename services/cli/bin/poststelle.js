#!/usr/bin/env node
// Committed entry point: npm links bins at install time, before the prepare step has compiled dist/.
import { compileRegExpsAtOnce } from "@poststelle/pii";

// Before anything runs a regular expression: the masker is faster with them compiled at once.
compileRegExpsAtOnce();
const { runFromProcess } = await import("../dist/main.js");
runFromProcess();
