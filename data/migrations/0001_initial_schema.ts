import { type Kysely, sql } from "kysely";

/**
 * The first schema. Tenancy from day one: every person belongs to an organization
 * (a personal one by default; a career center has cohorts and staff roles), and every
 * row that belongs to a person carries user_id so every query can filter by it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS vector`.execute(db);

  await sql`
    CREATE TABLE organizations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE,
      name text NOT NULL,
      kind text NOT NULL DEFAULT 'personal' CHECK (kind IN ('personal', 'career_center', 'company')),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE cohorts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (organization_id, name)
    );
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES organizations(id),
      cohort_id uuid REFERENCES cohorts(id) ON DELETE SET NULL,
      role text NOT NULL DEFAULT 'student' CHECK (role IN ('student', 'advisor', 'admin')),
      display_name text,
      last_channel text,
      last_thread_id text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE channel_identities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      channel text NOT NULL,
      external_id text NOT NULL,
      verified boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (channel, external_id)
    );
    CREATE INDEX channel_identities_user ON channel_identities(user_id);
  `.execute(db);

  await sql`
    CREATE TABLE profiles (
      user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      name text, email text, phone text, location text, headline text, summary text,
      links jsonb NOT NULL DEFAULT '[]',
      languages jsonb NOT NULL DEFAULT '[]',
      preferences jsonb NOT NULL DEFAULT '{}',
      total_years_experience real NOT NULL DEFAULT 0,
      parse_confidence real NOT NULL DEFAULT 1,
      -- field name -> 'manual' | 'resume': a resume merge never overwrites 'manual'.
      field_sources jsonb NOT NULL DEFAULT '{}',
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE education (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      institution text, degree text, level text CHECK (level IN ('secondary','associate','bachelor','master','doctorate')),
      field text, start_date text, end_date text, gpa text,
      source text NOT NULL DEFAULT 'manual', confidence real,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE experience (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      title text, company text, location text, start_date text, end_date text,
      current boolean NOT NULL DEFAULT false,
      bullets jsonb NOT NULL DEFAULT '[]', skills jsonb NOT NULL DEFAULT '[]',
      source text NOT NULL DEFAULT 'manual', confidence real,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE projects (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      name text NOT NULL, description text, technologies jsonb NOT NULL DEFAULT '[]', link text,
      source text NOT NULL DEFAULT 'manual',
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE certifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      name text NOT NULL, issuer text, issued_on text, skills jsonb NOT NULL DEFAULT '[]',
      source text NOT NULL DEFAULT 'manual',
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX education_user ON education(user_id);
    CREATE INDEX experience_user ON experience(user_id);
    CREATE INDEX projects_user ON projects(user_id);
    CREATE INDEX certifications_user ON certifications(user_id);
  `.execute(db);

  await sql`
    CREATE TABLE skills (
      id text PRIMARY KEY,
      name text NOT NULL,
      category text NOT NULL,
      type text NOT NULL CHECK (type IN ('technical', 'soft', 'domain')),
      taxonomy_version text NOT NULL DEFAULT ''
    );
    CREATE TABLE user_skills (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      skill_id text NOT NULL,
      name text NOT NULL,
      proficiency text NOT NULL CHECK (proficiency IN ('beginner','intermediate','advanced','expert')),
      proficiency_reason text NOT NULL DEFAULT '',
      proficiency_stated boolean NOT NULL DEFAULT false,
      years real, last_used text,
      source text NOT NULL DEFAULT 'manual' CHECK (source IN ('resume','manual','chat','inferred')),
      evidence jsonb NOT NULL DEFAULT '[]',
      validated boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, skill_id)
    );
  `.execute(db);

  await sql`
    CREATE TABLE resumes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      filename text NOT NULL,
      mime text NOT NULL,
      size_bytes integer NOT NULL,
      original bytea NOT NULL,
      text text,
      parsed jsonb,
      status text NOT NULL DEFAULT 'received' CHECK (status IN ('received','parsed','failed')),
      error text,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX resumes_user ON resumes(user_id, created_at DESC);
    CREATE TABLE jobs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      source_kind text NOT NULL CHECK (source_kind IN ('posting', 'role')),
      title text, company text,
      text text NOT NULL,
      requirements jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX jobs_user ON jobs(user_id, created_at DESC);
    CREATE TABLE analyses (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      job_id uuid REFERENCES jobs(id) ON DELETE SET NULL,
      verdict text NOT NULL CHECK (verdict IN ('FIT','UNFIT')),
      readiness real NOT NULL,
      confidence real NOT NULL,
      result jsonb NOT NULL,
      profile_snapshot jsonb,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX analyses_user ON analyses(user_id, created_at DESC);
    CREATE TABLE roadmaps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      analysis_id uuid REFERENCES analyses(id) ON DELETE SET NULL,
      hours_per_week real NOT NULL,
      weeks integer NOT NULL,
      plan jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX roadmaps_user ON roadmaps(user_id, created_at DESC);
    CREATE TABLE roadmap_progress (
      roadmap_id uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      item_id text NOT NULL,
      done_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (roadmap_id, item_id)
    );
  `.execute(db);

  await sql`
    CREATE TABLE applications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      company text NOT NULL, position text NOT NULL,
      location text, salary text, link text, source text, job_description text, notes text,
      status text NOT NULL DEFAULT 'applied',
      applied_on date,
      analysis_id uuid REFERENCES analyses(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX applications_user ON applications(user_id, created_at DESC);
    CREATE TABLE application_status_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      from_status text, to_status text NOT NULL,
      note text,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX application_events_app ON application_status_events(application_id, at);
    CREATE TABLE reminders (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      application_id uuid REFERENCES applications(id) ON DELETE CASCADE,
      kind text NOT NULL,
      due_at timestamptz NOT NULL,
      message text NOT NULL,
      channel text,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','cancelled')),
      dedupe_key text UNIQUE,
      sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX reminders_due ON reminders(status, due_at);
  `.execute(db);

  await sql`
    CREATE TABLE interview_questions (
      id text PRIMARY KEY,
      organization_id uuid REFERENCES organizations(id) ON DELETE CASCADE,
      role text NOT NULL,
      type text NOT NULL,
      difficulty text NOT NULL CHECK (difficulty IN ('easy','medium','hard')),
      question text NOT NULL,
      key_points jsonb NOT NULL DEFAULT '[]',
      skills text[] NOT NULL DEFAULT '{}',
      source text NOT NULL DEFAULT 'bank',
      embedding vector,
      embedder text,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE bookmarks (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      question_id text NOT NULL REFERENCES interview_questions(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, question_id)
    );
    CREATE TABLE practice_attempts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      question_id text NOT NULL REFERENCES interview_questions(id) ON DELETE CASCADE,
      answer text NOT NULL,
      feedback jsonb NOT NULL,
      score real,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX practice_user ON practice_attempts(user_id, question_id, created_at DESC);
  `.execute(db);

  // The embedded job runner's durable store (BullMQ keeps its own in Redis).
  await sql`
    CREATE TABLE queue_jobs (
      id bigserial PRIMARY KEY,
      name text NOT NULL,
      payload jsonb NOT NULL,
      job_key text UNIQUE,
      status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting','active','completed','dead')),
      run_at timestamptz NOT NULL DEFAULT now(),
      attempts integer NOT NULL DEFAULT 0,
      max_attempts integer NOT NULL DEFAULT 3,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX queue_jobs_due ON queue_jobs(status, run_at);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "queue_jobs",
    "practice_attempts",
    "bookmarks",
    "interview_questions",
    "reminders",
    "application_status_events",
    "applications",
    "roadmap_progress",
    "roadmaps",
    "analyses",
    "jobs",
    "resumes",
    "user_skills",
    "skills",
    "certifications",
    "projects",
    "experience",
    "education",
    "profiles",
    "channel_identities",
    "users",
    "cohorts",
    "organizations",
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.raw(table)} CASCADE`.execute(db);
  }
}
