/* global module, require */
// exceljs requires "archiver" as a CommonJS function: the shim's default export, as it wants it.
module.exports = require("./archiver.ts").default;
