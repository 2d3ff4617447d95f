/** The subsidy claim (资助申报): rosters in, claim workbook out. */
export * from "./roster";
export * from "./build";
export * from "./workbook";
export * from "./templates";
