import type { Secret } from "./secret.js";

/**
 * The validated configuration, as services see it. Every default is already filled in, every
 * relative path is absolute, every secret is a resolved `Secret`. The zod schema in schema.ts
 * produces exactly these shapes (checked at compile time there).
 */
export interface Config {
  nats: NatsConfig;
  telemetry: TelemetryConfig;
  mailboxes: MailboxConfig[];
  departments: DepartmentConfig[];
  triage: TriageConfig;
  rules: RuleConfig[];
  embeddedClassifier: EmbeddedClassifierConfig;
  llm: LlmConfig;
  privacy: PrivacyConfig;
  vault: VaultConfig;
  delivery: DeliveryConfig;
  stages: StagesConfig;
}

export interface NatsConfig {
  servers: string[];
  user?: string;
  password?: Secret;
  /** Absolute path of a NATS credentials (.creds) file. */
  credsFile?: string;
  token?: Secret;
  streamMaxAgeHours: number;
  duplicateWindowMinutes: number;
  /** How long the AUDIT stream keeps each mail's record; ids and codes only, so it may outlive the mail streams. */
  auditMaxAgeDays: number;
  /** Start a local nats-server (the demo); production points `servers` at a cluster. */
  embedded: boolean;
}

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

export interface TelemetryConfig {
  serviceName?: string;
  /** OTLP/HTTP endpoint for traces; absent means no trace export. */
  otlpEndpoint?: string;
  metricsPort: number;
  metricsHost: string;
  logLevel: LogLevel;
}

export type MailboxConfig = ImapMailboxConfig | FolderMailboxConfig;

export interface ImapMailboxConfig {
  id: string;
  kind: "imap";
  address: string;
  host: string;
  port: number;
  tls: boolean;
  tlsRejectUnauthorized: boolean;
  user: string;
  auth: MailAuthConfig;
  folders: string[];
  /** Absent: use the folder with the \Drafts special-use flag (RFC 6154). */
  draftsFolder?: string;
  pollIntervalMs: number;
  /** IDLE watchdog: restart IDLE after this long even if the server stays silent. */
  idleRestartMs: number;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  maxMessageBytes: number;
  smtp?: SmtpConfig;
}

export interface FolderMailboxConfig {
  id: string;
  kind: "folder";
  address: string;
  /** Absolute path of a directory of .eml files. */
  path: string;
  /** Absolute path where drafts are written as .eml; absent means next to the input. */
  outputPath?: string;
  maxMessageBytes: number;
}

export type MailAuthConfig = PasswordAuthConfig | OAuth2AuthConfig;

export interface PasswordAuthConfig {
  password: Secret;
}

/** XOAUTH2 (Microsoft 365, Gmail): the access token comes from a file or a command, exactly one. */
export interface OAuth2AuthConfig {
  oauth2: { tokenFile: string; tokenCommand?: undefined } | { tokenFile?: undefined; tokenCommand: string };
}

export interface SmtpConfig {
  host: string;
  port: number;
  /** true = implicit TLS (465); false = STARTTLS when offered (587). */
  secure: boolean;
  /** Absent: the mailbox's IMAP user. */
  user?: string;
  /** Absent: the mailbox's IMAP auth. */
  auth?: MailAuthConfig;
  pool: boolean;
}

export type ReplyLanguage = "auto" | "de" | "en";

export interface DepartmentConfig {
  id: string;
  name: string;
  description: string;
  action: DepartmentActionConfig;
  keywords: string[];
  examples: string[];
  /** False: mail routed here never gets a draft. */
  drafting: boolean;
  replyLanguage: ReplyLanguage;
  instructions?: string;
  signature?: string;
  knowledge: string[];
  templates: { de?: ReplyTemplateConfig; en?: ReplyTemplateConfig };
}

export interface DepartmentActionConfig {
  /** IMAP folder the original is moved to after routing. */
  moveTo?: string;
  /** IMAP keyword set on the original. */
  keyword?: string;
  /** Forward the original to this address over SMTP. */
  forwardTo?: string;
}

/** Variables allowed in template subject/body as {{name}}: see TEMPLATE_VARIABLES. */
export interface ReplyTemplateConfig {
  subject: string;
  body: string;
}

export interface TriageConfig {
  department: string;
  minConfidence: number;
}

export interface EmbeddedClassifierConfig {
  /** JSON-lines files of masked, labeled mails (department, subject, body); absolute paths. */
  labeledMails: string[];
}

export interface RuleConfig {
  name: string;
  department: string;
  match: RuleMatchConfig;
}

/** Patterns are JavaScript regular expressions, valid with the `u` flag. */
export interface RuleMatchConfig {
  /** Recipient addresses, exact or globbed like "*@billing.example". */
  to?: string[];
  /** Sender addresses, exact or globbed. */
  from?: string[];
  /** Sender domains; "example.com" also matches its subdomains. */
  fromDomain?: string[];
  /** Regular expression, case-insensitive. */
  subject?: string;
  header?: { name: string; pattern: string };
  /** Content types of attachments, e.g. "application/pdf" or "image/*". */
  attachmentType?: string[];
}

export interface LlmConfig {
  /** Absent: the embedded classifier only. */
  classify?: LlmEndpointConfig;
  /** Absent: template drafts only. */
  draft?: LlmEndpointConfig;
}

export interface LlmEndpointConfig {
  /** OpenAI-compatible base URL, e.g. http://vllm:8000/v1. */
  baseUrl: string;
  model: string;
  apiKey?: Secret;
  timeoutMs: number;
  maxRetries: number;
  retryBackoffMs: number;
  concurrency: number;
  breakerFailureThreshold: number;
  breakerResetMs: number;
  temperature: number;
  maxTokens: number;
}

export interface PrivacyConfig {
  grpc: PrivacyGrpcConfig;
  patterns: PrivacyPatternConfig[];
}

export interface PrivacyGrpcConfig {
  /** Where the mask service listens. */
  host: string;
  port: number;
  /** host:port where clients (unmask) reach the mask service; default 127.0.0.1:<port>. */
  address?: string;
  token?: Secret;
  tls?: { certFile: string; keyFile: string; caFile?: string };
}

export type PrivacyPatternType =
  | "ORDER_NUMBER"
  | "CUSTOMER_NUMBER"
  | "INVOICE_NUMBER"
  | "CONTRACT_NUMBER"
  | "CLAIM_NUMBER"
  | "TICKET_NUMBER"
  | "SECRET";

export interface PrivacyPatternConfig {
  type: PrivacyPatternType;
  name: string;
  regex: string;
}

export interface VaultConfig {
  /** 32 bytes (AES-256), given base64-encoded; absent only with embedded NATS (a key kept in the data dir). */
  key?: Secret;
  keyId: string;
  /** Retired keys, still needed to decrypt entries written before a rotation. */
  previousKeys: { keyId: string; key: Secret }[];
  retentionDays: number;
}

export interface DeliveryConfig {
  autoSend: AutoSendConfig;
}

export interface AutoSendConfig {
  enabled: boolean;
  intents: string[];
  minConfidence: number;
  perRecipientPerHour: number;
}

export interface StagesConfig {
  concurrency: { mask: number; classify: number; draft: number; unmask: number };
  maxDeliver: number;
  ackWaitMs: number;
  backoffMs: number[];
}
