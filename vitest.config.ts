import { defineConfig } from "vitest/config";

// Integration tests share one PostgreSQL/Redis per run; files run in parallel
// forks but each test file creates its own schema/database or key prefix.
export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".careercraft/**", "dist/**"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
  },
});
