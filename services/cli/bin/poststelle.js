#!/usr/bin/env node
// Committed entry point: npm links bins at install time, before the prepare step has compiled dist/.
import { runFromProcess } from "../dist/main.js";

runFromProcess();
