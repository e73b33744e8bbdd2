import { KolAlert, KolButton, KolHeading, KolInputCheckbox } from '@public-ui/react-v19';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Quiz, QuizAttemptResult } from '../../../contract/learning';
import { learningApi } from '../../api/learning';
import { AppLink } from '../../components/app-link';
import { RadioInput } from '../../components/form-fields';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { CertificateDownload } from './course-page';
import { LoadState, RequireLearner } from './learning-ui';
import { coursePagePath } from './learning-paths';
import { useLoad } from '../../components/use-load';

type Answers = Record<string, string[]>;

/** `/lernen/kurse/:id/quiz`: the questions (radio or checkbox groups), then the result with explanations. */
export function QuizPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { loaded } = useLoad(() => learningApi.quiz(id), `quiz:${id}`);
  usePageTitle(loaded.status === 'ready' ? t('learning.quiz.title', { title: loaded.data.course.title }) : t('learning.title'));
  return (
    <RequireLearner>
      {() => (
        <div className="page learning-page quiz-page">
          <p className="learning-back">
            <AppLink to={loaded.status === 'ready' ? coursePagePath(loaded.data.course.id) : paths.learning} label={t('learning.quiz.backToCourse')} />
          </p>
          {loaded.status !== 'ready' && <KolHeading _level={1} _label={t('learning.title')} />}
          <LoadState loaded={loaded} missing={t('learning.course.notFound')}>
            {(quiz) => <QuizForm quiz={quiz} />}
          </LoadState>
        </div>
      )}
    </RequireLearner>
  );
}

function QuizForm({ quiz }: { quiz: Quiz }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Answers>({});
  const [result, setResult] = useState<QuizAttemptResult | null>(null);
  const [isSending, setSending] = useState(false);
  const [hasFailed, setFailed] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const formHeading = useRef<HTMLParagraphElement>(null);
  const unanswered = quiz.questions.filter((question) => (answers[question.id] ?? []).length === 0).length;

  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const submit = async () => {
    setSending(true);
    setFailed(false);
    try {
      setResult(await learningApi.submitQuiz(quiz.course.id, answers));
    } catch {
      setFailed(true);
    } finally {
      setSending(false);
    }
  };

  const retry = () => {
    setAnswers({});
    setResult(null);
    // Back to the first question, after React has shown the form again.
    window.setTimeout(() => formHeading.current?.focus(), 0);
  };

  const toggle = (questionId: string, optionId: string, isChecked: boolean) =>
    setAnswers((current) => {
      const chosen = new Set(current[questionId] ?? []);
      if (isChecked) chosen.add(optionId);
      else chosen.delete(optionId);
      return { ...current, [questionId]: [...chosen] };
    });

  return (
    <>
      <KolHeading _level={1} _label={t('learning.quiz.title', { title: quiz.course.title })} />
      {result ? (
        <QuizResult quiz={quiz} result={result} headingRef={resultHeading} onRetry={retry} />
      ) : (
        <form
          className="quiz-form"
          data-testid="quiz-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <p ref={formHeading} tabIndex={-1} className="quiz-form__intro">
            {t('learning.quiz.intro', { count: quiz.questions.length, percent: quiz.passPercent })}
          </p>
          <ol className="quiz-questions">
            {quiz.questions.map((question, index) => {
              const label = t('learning.quiz.question', { number: index + 1, prompt: question.prompt });
              const chosen = answers[question.id] ?? [];
              return (
                <li key={question.id} className="quiz-question" data-question-id={question.id} data-kind={question.kind}>
                  {question.kind === 'single' ? (
                    <RadioInput
                      name={question.id}
                      form="quiz"
                      label={label}
                      hint={t('learning.quiz.single')}
                      value={chosen[0] ?? ''}
                      options={question.options.map((option) => ({ value: option.id, label: option.text }))}
                      onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value ? [value] : [] }))}
                    />
                  ) : (
                    <fieldset className="quiz-checkboxes" data-field={question.id}>
                      <legend>{label}</legend>
                      <p className="quiz-checkboxes__hint">{t('learning.quiz.multiple')}</p>
                      {question.options.map((option) => (
                        <KolInputCheckbox
                          key={option.id}
                          data-option-id={option.id}
                          _name={`${question.id}-${option.id}`}
                          _label={option.text}
                          _checked={chosen.includes(option.id)}
                          _value={true}
                          _on={{ onInput: (_event: Event, next?: unknown) => toggle(question.id, option.id, next === true) }}
                        />
                      ))}
                    </fieldset>
                  )}
                </li>
              );
            })}
          </ol>
          <p className="quiz-form__unanswered" role="status" data-testid="quiz-unanswered">
            {unanswered > 0 ? t('learning.quiz.unanswered', { count: unanswered }) : ''}
          </p>
          {hasFailed && (
            <KolAlert _type="error" _variant="msg" _alert>
              {t('learning.quiz.submitFailed')}
            </KolAlert>
          )}
          <KolButton data-testid="quiz-submit" _label={t('learning.quiz.submit')} _type="submit" _variant="primary" _disabled={isSending} />
        </form>
      )}
    </>
  );
}

function QuizResult({ quiz, result, headingRef, onRetry }: { quiz: Quiz; result: QuizAttemptResult; headingRef: React.RefObject<HTMLHeadingElement | null>; onRetry: () => void }) {
  const { t } = useTranslation();
  const textOf = (questionId: string, optionIds: string[]) => {
    const question = quiz.questions.find((candidate) => candidate.id === questionId);
    const texts = optionIds.map((id) => question?.options.find((option) => option.id === id)?.text ?? id);
    return texts.length > 0 ? texts.join('; ') : t('learning.quiz.noAnswer');
  };
  const summary = t(result.isPassed ? 'learning.quiz.passed' : 'learning.quiz.failed', {
    correct: result.correct,
    total: result.total,
    percent: result.percent,
    needed: result.passPercent,
  });
  return (
    <section className="quiz-result" aria-labelledby="quiz-result-title" data-testid="quiz-result" data-passed={result.isPassed}>
      <h2 id="quiz-result-title" ref={headingRef} tabIndex={-1}>
        {t('learning.quiz.resultTitle')}
      </h2>
      <KolAlert
        data-testid="quiz-summary"
        _type={result.isPassed ? 'success' : 'warning'}
        _variant="card"
        _level={3}
        _label={result.isPassed ? t('learning.course.quizPassed') : t('learning.course.quizNotPassed')}
      >
        {summary}
      </KolAlert>
      {result.certificate ? (
        <>
          <p>{t('learning.quiz.certificateIssued')}</p>
          <CertificateDownload courseId={quiz.course.id} code={result.certificate.code} />
        </>
      ) : (
        result.isPassed &&
        !result.progress.isComplete && <p>{t('learning.quiz.lessonsMissing', { done: result.progress.completedLessons, total: result.progress.totalLessons })}</p>
      )}
      <ol className="quiz-answers">
        {result.questions.map((answer, index) => {
          const question = quiz.questions.find((candidate) => candidate.id === answer.id);
          return (
            <li key={answer.id} className={answer.isCorrect ? 'quiz-answer quiz-answer--right' : 'quiz-answer quiz-answer--wrong'} data-question-id={answer.id} data-correct={answer.isCorrect}>
              <h3>{t('learning.quiz.question', { number: index + 1, prompt: question?.prompt ?? answer.id })}</h3>
              <p className="quiz-answer__verdict">
                <strong>
                  <span aria-hidden="true">{answer.isCorrect ? '✓ ' : '✗ '}</span>
                  {answer.isCorrect ? t('learning.quiz.right') : t('learning.quiz.wrong')}
                </strong>
              </p>
              <p>{t('learning.quiz.yourAnswer', { answer: textOf(answer.id, answer.chosenOptionIds) })}</p>
              {!answer.isCorrect && <p>{t('learning.quiz.correctAnswer', { answer: textOf(answer.id, answer.correctOptionIds) })}</p>}
              <p className="quiz-answer__explanation">
                <strong>{t('learning.quiz.explanation')}:</strong> {answer.explanation}
              </p>
            </li>
          );
        })}
      </ol>
      <div className="quiz-result__actions">
        <KolButton data-testid="quiz-retry" _label={t('learning.quiz.retry')} _variant="secondary" _on={{ onClick: onRetry }} />
        <AppLink to={coursePagePath(quiz.course.id)} label={t('learning.quiz.backToCourse')} />
      </div>
    </section>
  );
}
