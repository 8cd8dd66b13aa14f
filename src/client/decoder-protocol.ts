/** Messages between the decoder page and its worker. */
import type { DecodedLine, DecoderFacts } from '../lib/lookup/decoder.ts';
import type { RemittancePayer } from '../lib/lookup/payer-guess.ts';
import type { Totals, WorklistRow } from '../lib/lookup/workbench.ts';
import type { BalanceCheck, Claim, Payment, Problem } from '../lib/lookup/x12/remittance.ts';

export type WorkerRequest =
	| { type: 'facts'; facts: DecoderFacts }
	| { type: 'text'; job: number; text: string }
	| { type: 'files'; job: number; files: File[] }
	| { type: 'rows'; job: number; offset: number; count: number; all?: boolean }
	| { type: 'claims'; job: number; offset: number; count: number }
	| { type: 'csv'; job: number; origin: string; all?: boolean }
	/** Re-judge the worklist with these payer types (by payer key, '' for any payer); the remittance stays read. */
	| { type: 'payer-types'; job: number; version: number; types: Record<string, string> };

/** Worklist rows and claims per page: the summary carries the first page of each, "Show more" asks for the next. */
export const ROWS_PAGE = 100;
export const CLAIMS_PAGE = 25;

export type ClaimItem = { payer: string; payment: number; claim: Claim };

export type PaymentSummary = Omit<Payment, 'claims' | 'checks' | 'checked'> & {
	claims: [];
	claimCount: number;
	checks: BalanceCheck[];
	checkCount: number;
	failed: number;
};

export interface WorkerSummary {
	type: 'summary';
	job: number;
	/** Shown while further files are still being read. */
	partial?: boolean;
	ms: number;
	lines: DecodedLine[];
	notices: string[];
	remittance?: {
		notRemittance: string | undefined;
		problems: Problem[];
		moreProblems: number;
		segments: number;
		used: number;
		unread: number;
		skipped: Record<string, number>;
		claims: number;
		payments: PaymentSummary[];
	};
	totals?: Totals;
	rowCount?: number;
	actionCount?: number;
	/** The first page of the worklist (rows that need action) and of the claims, so the page shows them without asking. */
	rows?: RowWithLetter[];
	claimItems?: ClaimItem[];
	/** Each payer with claims, and the payer type guessed from its claims (the worklist was judged with the guesses). */
	payers?: RemittancePayer[];
}

/** The worklist judged again after a payer type changed: totals, counts and the first page of rows. */
export interface WorkerJudged {
	type: 'judged';
	job: number;
	version: number;
	totals?: Totals;
	rowCount: number;
	actionCount: number;
	rows: RowWithLetter[];
}

export type RowWithLetter = WorklistRow & { letter?: Record<string, string> };

export type WorkerResponse =
	| WorkerSummary
	| WorkerJudged
	| { type: 'progress'; job: number; phase: string; fraction: number }
	| { type: 'rows'; job: number; offset: number; rows: RowWithLetter[]; total: number }
	| {
			type: 'claims';
			job: number;
			offset: number;
			claims: ClaimItem[];
			total: number;
	  }
	| { type: 'csv'; job: number; blob: Blob }
	| { type: 'error'; job: number; message: string };
