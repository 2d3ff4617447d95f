/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // Builds the web bundle once when the run includes test/e2e (see test/e2e/build.ts).
  globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
  moduleNameMapper: {
    // office-addin-mock needs only the OfficeApp enum from office-addin-manifest; the package's
    // main module pulls in ESM-only dependencies (strip-bom) that Jest cannot load.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
