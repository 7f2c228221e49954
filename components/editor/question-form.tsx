"use client";
// The edit form of one question (or a new hand-written one), per kind, with a
// live preview of what a learner sees. The draft is checked in the browser by
// the seed's own schema (checkDraft) for instant messages, shown per field
// once the editor has tried to save, and again on the server, which alone
// decides. The evidence is the article sentence clicked (evidence-picker).
import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState, useTransition } from "react";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/domain/questions/bank-schema";
import { EVIDENCE_NOT_IN_ARTICLE, checkDraft, emptyDraft, locateEvidence, tidyDraft, type DraftErrors, type QuestionDraft } from "@/lib/domain/questions/editor";
import { saveQuestionAction } from "@/lib/server/actions/editor";
import { EvidencePicker, type PickerSentence } from "./evidence-picker";
import { QuestionPreview } from "./question-preview";

type Props = {
  slug: string;
  /** null: a new hand-written question. */
  questionId: string | null;
  questionKey: string | null;
  initial: QuestionDraft;
  body: string;
  sentences: PickerSentence[];
  kindLabels: Record<QuestionKind, string>;
};

const control = "min-h-11 w-full rounded-lg border border-stone-500 bg-white px-3 py-2 aria-invalid:border-red-700 dark:bg-stone-950 dark:aria-invalid:border-red-400";
const smallButton = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border border-stone-500 px-3 text-sm hover:bg-stone-100 disabled:opacity-50 dark:hover:bg-stone-800";

/** The form's own checks: the schema's, and that the evidence is in the article. */
function validate(raw: QuestionDraft, key: string, body: string): DraftErrors {
  const draft = tidyDraft(raw);
  const checked = checkDraft(draft, key);
  const errors: DraftErrors = checked.ok ? {} : { ...checked.fieldErrors };
  // A multiple choice's answer is the choice marked right: its message belongs to the choices.
  if (errors.answer && draft.kind === "multiple_choice") errors.choices = [...(errors.choices ?? []), "mark one choice as the right answer"];
  if (!errors.evidence && draft.evidence.trim() && !locateEvidence(body, draft.evidence.trim(), draft.evidenceStart)) errors.evidence = [EVIDENCE_NOT_IN_ARTICLE];
  return errors;
}

function FieldError({ id, errors, label }: { id: string; errors?: string[]; label: string }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm text-red-800 dark:text-red-300">
      {label} {errors.join("; ")}
    </p>
  );
}

export function QuestionForm({ slug, questionId, questionKey, initial, body, sentences, kindLabels }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<DraftErrors>({});
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const busy = useRef(false);
  const summary = useRef<HTMLDivElement>(null);
  const formId = useId();

  const clientErrors = useMemo(() => validate(draft, questionKey ?? `${slug}-new`, body), [draft, questionKey, slug, body]);
  const errors: DraftErrors = tried ? { ...serverErrors, ...clientErrors } : {};
  const errorCount = Object.values(errors).filter((e) => e?.length).length;

  function update(change: Partial<QuestionDraft>) {
    setDraft((d) => ({ ...d, ...change }));
    setServerErrors({});
    setMessage(null);
  }
  const invalid = (field: string) => (errors[field]?.length ? { "aria-invalid": true as const, "aria-describedby": `${field}-error` } : {});

  function save() {
    setTried(true);
    if (busy.current) return;
    if (Object.keys(clientErrors).length > 0) {
      setMessage({ tone: "error", text: "Please check the highlighted fields." });
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    busy.current = true;
    startTransition(async () => {
      const result = await saveQuestionAction({ slug, questionId, draft: tidyDraft(draft) });
      busy.current = false;
      if (!result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setMessage({ tone: "error", text: result.error });
        requestAnimationFrame(() => summary.current?.focus());
        return;
      }
      if (result.created) {
        router.push(`/articles/${slug}/questions/${result.id}?saved=1`);
        return;
      }
      setMessage({ tone: "ok", text: "Saved. The next quiz asks it this way." });
      setTried(false);
      router.refresh();
      requestAnimationFrame(() => summary.current?.focus());
    });
  }

  const k = draft.kind;
  const promptLabel = k === "cloze" ? "Prompt, with the blank as ___" : k === "true_false" ? "Statement" : "Prompt";

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
        className="grid content-start gap-5"
        aria-label={questionId ? "Edit the question" : "New question"}
      >
        <div ref={summary} tabIndex={-1} className="outline-none" aria-live="polite">
          {message && (
            <p
              role={message.tone === "error" ? "alert" : "status"}
              className={`rounded-lg px-3 py-2 ${message.tone === "error" ? "bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200" : "bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"}`}
              data-testid="editor-message"
            >
              {message.text}
              {message.tone === "error" && errorCount > 0 ? ` (${errorCount} ${errorCount === 1 ? "field" : "fields"})` : ""}
            </p>
          )}
        </div>

        {questionId === null && (
          <div className="grid gap-1">
            <label htmlFor={`${formId}-1`} className="font-medium">
              Kind
            </label>
            <select id={`${formId}-1`}
              value={k}
              onChange={(e) => {
                const kind = e.target.value as QuestionKind;
                setDraft((d) => ({ ...emptyDraft(kind), prompt: d.prompt, explanation: d.explanation, evidence: d.evidence, evidenceStart: d.evidenceStart, topics: d.topics, difficulty: d.difficulty }));
                setServerErrors({});
              }}
              className={control}
            >
              {QUESTION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabels[kind]}
                </option>
              ))}
            </select>
          </div>
        )}

        {k === "flashcard" ? (
          <>
            <div className="grid gap-1">
              <label htmlFor={`${formId}-2`} className="font-medium">
                Front
              </label>
              <textarea id={`${formId}-2`} rows={2} value={draft.front} onChange={(e) => update({ front: e.target.value })} className={control} {...invalid("front")} />
              <FieldError id="front-error" errors={errors.front} label="The front" />
            </div>
            <div className="grid gap-1">
              <label htmlFor={`${formId}-3`} className="font-medium">
                Back
              </label>
              <textarea id={`${formId}-3`} rows={3} value={draft.back} onChange={(e) => update({ back: e.target.value })} className={control} {...invalid("back")} />
              <FieldError id="back-error" errors={errors.back} label="The back" />
            </div>
          </>
        ) : (
          <div className="grid gap-1">
            <label htmlFor={`${formId}-4`} className="font-medium">
              {promptLabel}
            </label>
            <textarea id={`${formId}-4`} rows={3} value={draft.prompt} onChange={(e) => update({ prompt: e.target.value })} className={control} {...invalid("prompt")} />
            <FieldError id="prompt-error" errors={errors.prompt} label="The prompt" />
          </div>
        )}

        {k === "true_false" && (
          <fieldset className="grid gap-2">
            <legend className="font-medium">The statement is</legend>
            <div className="flex flex-wrap gap-3">
              {[true, false].map((v) => (
                <label key={String(v)} className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-stone-500 px-4">
                  <input type="radio" name="truth" checked={draft.truth === v} onChange={() => update({ truth: v })} />
                  {v ? "True" : "False"}
                </label>
              ))}
            </div>
          </fieldset>
        )}

        {(k === "cloze" || k === "short_answer") && (
          <>
            <div className="grid gap-1">
              <label htmlFor={`${formId}-5`} className="font-medium">
                Answer
              </label>
              <input id={`${formId}-5`} value={draft.answer} onChange={(e) => update({ answer: e.target.value })} className={control} {...invalid("answer")} />
              <FieldError id="answer-error" errors={errors.answer} label="The answer" />
            </div>
            <div className="grid gap-1">
              <label htmlFor={`${formId}-6`} className="font-medium">
                Also accepted (one per line)
              </label>
              <textarea id={`${formId}-6`} rows={3} value={draft.accepted.join("\n")} onChange={(e) => update({ accepted: e.target.value.split("\n") })} className={control} {...invalid("accepted")} />
              <FieldError id="accepted-error" errors={errors.accepted} label="Accepted answers" />
            </div>
          </>
        )}

        {k === "multiple_choice" && (
          <ListField
            legend="Choices (mark the right one)"
            field="choices"
            errors={errors.choices}
            values={draft.choices}
            min={3}
            max={6}
            onChange={(choices, correctChoice) => update({ choices, correctChoice: correctChoice ?? draft.correctChoice })}
            correct={draft.correctChoice}
            itemLabel={(i) => `Choice ${i + 1}`}
          />
        )}

        {k === "ordering" && (
          <ListField legend="Items, in their correct order" field="items" errors={errors.items} values={draft.items} min={3} max={6} onChange={(items) => update({ items })} ordered itemLabel={(i) => `Item ${i + 1}`} />
        )}

        {k === "matching" && (
          <fieldset className="grid gap-2" {...invalid("pairs")}>
            <legend className="font-medium">Pairs (each left side with its right side)</legend>
            {draft.pairs.map((p, i) => (
              <div key={i} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto]">
                <label className="grid gap-1 text-sm">
                  Left {i + 1}
                  <input value={p.left} onChange={(e) => update({ pairs: draft.pairs.map((q, j) => (j === i ? { ...q, left: e.target.value } : q)) })} className={control} />
                </label>
                <label className="grid gap-1 text-sm">
                  Right {i + 1}
                  <input value={p.right} onChange={(e) => update({ pairs: draft.pairs.map((q, j) => (j === i ? { ...q, right: e.target.value } : q)) })} className={control} />
                </label>
                <button type="button" className={`${smallButton} self-end`} disabled={draft.pairs.length <= 3} onClick={() => update({ pairs: draft.pairs.filter((_, j) => j !== i) })} aria-label={`Remove pair ${i + 1}`}>
                  Remove
                </button>
              </div>
            ))}
            <div>
              <button type="button" className={smallButton} disabled={draft.pairs.length >= 6} onClick={() => update({ pairs: [...draft.pairs, { left: "", right: "" }] })}>
                Add a pair
              </button>
            </div>
            <FieldError id="pairs-error" errors={errors.pairs} label="Pairs:" />
          </fieldset>
        )}

        <div className="grid gap-1">
          <label htmlFor={`${formId}-7`} className="font-medium">
            Explanation (shown after the answer)
          </label>
          <textarea id={`${formId}-7`} rows={3} value={draft.explanation} onChange={(e) => update({ explanation: e.target.value })} className={control} {...invalid("explanation")} />
          <FieldError id="explanation-error" errors={errors.explanation} label="The explanation" />
        </div>

        <EvidencePicker
          sentences={sentences}
          evidence={draft.evidence}
          evidenceStart={draft.evidenceStart}
          onPick={(s) => update({ evidence: s.text.trim(), evidenceStart: s.start + (s.text.length - s.text.trimStart().length) })}
          error={errors.evidence}
        />

        <div className="grid gap-4 sm:grid-cols-2">
          <div className="grid gap-1">
            <label htmlFor={`${formId}-8`} className="font-medium">
              Topics (comma-separated)
            </label>
            <input id={`${formId}-8`}
              value={draft.topics.join(", ")}
              onChange={(e) => update({ topics: e.target.value.split(",").map((t) => t.trimStart()) })}
              className={control}
              {...invalid("topics")}
            />
            <FieldError id="topics-error" errors={errors.topics} label="Topics:" />
          </div>
          <div className="grid gap-1">
            <label htmlFor={`${formId}-9`} className="font-medium">
              Difficulty
            </label>
            <select id={`${formId}-9`} value={draft.difficulty} onChange={(e) => update({ difficulty: Number(e.target.value) })} className={control} {...invalid("difficulty")}>
              <option value={1}>1 · easy</option>
              <option value={2}>2 · medium</option>
              <option value={3}>3 · hard</option>
            </select>
            <FieldError id="difficulty-error" errors={errors.difficulty} label="Difficulty" />
          </div>
        </div>

        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={pending}
            className="min-h-11 rounded-lg bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200"
          >
            {pending ? "Saving…" : questionId ? "Save changes" : "Add the question"}
          </button>
          {questionKey && (
            <p className="text-sm text-stone-700 dark:text-stone-300">
              Key <code>{questionKey}</code> stays, with every learner&rsquo;s history.
            </p>
          )}
        </div>
      </form>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <QuestionPreview draft={draft} kindLabel={kindLabels[k]} />
      </div>
    </div>
  );
}

/** A list of 3–6 texts (choices, items) with add, remove and, for an order, move up / down. */
function ListField({
  legend,
  field,
  errors,
  values,
  min,
  max,
  onChange,
  correct,
  ordered,
  itemLabel,
}: {
  legend: string;
  field: string;
  errors?: string[];
  values: string[];
  min: number;
  max: number;
  onChange: (values: string[], correct?: number) => void;
  correct?: number;
  ordered?: boolean;
  itemLabel: (i: number) => string;
}) {
  const move = (i: number, to: number) => {
    const next = [...values];
    [next[i], next[to]] = [next[to]!, next[i]!];
    onChange(next);
  };
  const remove = (i: number) => {
    const next = values.filter((_, j) => j !== i);
    const c = correct === undefined ? undefined : correct === i ? 0 : correct > i ? correct - 1 : correct;
    onChange(next, c);
  };
  return (
    <fieldset className="grid gap-2" aria-describedby={errors?.length ? `${field}-error` : undefined}>
      <legend className="font-medium">{legend}</legend>
      {values.map((v, i) => (
        <div key={i} className="flex flex-wrap items-end gap-2">
          {correct !== undefined && (
            <label className="inline-flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" name={`${field}-correct`} checked={correct === i} onChange={() => onChange(values, i)} aria-label={`${itemLabel(i)} is the right answer`} />
              <span aria-hidden="true">Right</span>
            </label>
          )}
          <label className="grid min-w-0 flex-1 basis-32 gap-1 text-sm">
            {itemLabel(i)}
            <input value={v} onChange={(e) => onChange(values.map((x, j) => (j === i ? e.target.value : x)))} className={control} aria-invalid={errors?.length ? true : undefined} />
          </label>
          {ordered && (
            <>
              <button type="button" className={smallButton} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move ${itemLabel(i).toLowerCase()} up`}>
                ↑
              </button>
              <button type="button" className={smallButton} disabled={i === values.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move ${itemLabel(i).toLowerCase()} down`}>
                ↓
              </button>
            </>
          )}
          <button type="button" className={smallButton} disabled={values.length <= min} onClick={() => remove(i)} aria-label={`Remove ${itemLabel(i).toLowerCase()}`}>
            Remove
          </button>
        </div>
      ))}
      <div>
        <button type="button" className={smallButton} disabled={values.length >= max} onClick={() => onChange([...values, ""])}>
          Add one
        </button>
      </div>
      <FieldError id={`${field}-error`} errors={errors} label={field === "choices" ? "Choices:" : "Items:"} />
    </fieldset>
  );
}
