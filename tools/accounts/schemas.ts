/** zod schemas of the account calls; the REST routes and the OpenAPI document share them. */
import { z } from "zod";

export const PASSWORD_MIN = 10;
/** argon2 hashes whatever it is given: a cap keeps one request from costing seconds. */
export const PASSWORD_MAX = 256;

const email = z.string().trim().toLowerCase().email("must be an email address").max(200);
const password = z
  .string()
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`);

export const registerSchema = z
  .object({
    email,
    password,
    name: z.string().trim().min(1).max(120).optional(),
  })
  .strict();

export const loginSchema = z.object({ email, password: z.string().min(1).max(PASSWORD_MAX) }).strict();

export const refreshSchema = z.object({ refreshToken: z.string().min(20).max(200) }).strict();

export const logoutSchema = z
  .object({
    /** Also end every other session of this account (all devices). */
    everywhere: z.boolean().optional(),
  })
  .strict();

export const linkSchema = z.object({ token: z.string().min(20).max(4096) }).strict();

export type RegisterInput = z.infer<typeof registerSchema>;
export type LoginInput = z.infer<typeof loginSchema>;
