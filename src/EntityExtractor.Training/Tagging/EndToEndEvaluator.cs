using EntityExtractor.Recognition;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;
using EntityExtractor.Training.Corpora;

namespace EntityExtractor.Training.Tagging;

/// <summary>
/// Scores what a user gets: each article's text goes through the library's tokenizer, sentence splitter and
/// recognizer (the steps of <c>NewsEntityExtractor.Extract</c>), and the entities it returns are compared with
/// the gold ones as exact character ranges and types.
/// </summary>
internal static class EndToEndEvaluator
{
    /// <summary>
    /// What <c>Extract</c> returns for a text: <see cref="NewsEntityExtractor.Extract(string)"/> itself for the
    /// embedded model, otherwise the same steps (tokenizer, splitter, recognizer without user entities) with
    /// <paramref name="model"/>.
    /// </summary>
    public static Func<string, IReadOnlyList<Entity>> Extractor(TaggerModel? model)
    {
        if (model is null)
        {
            var extractor = NewsEntityExtractor.Create();
            return text => extractor.Extract(text).Entities;
        }

        var recognizer = ModelEvaluator.Recognizer(model);
        return text =>
        {
            Token[] tokens = NewsTokenizer.TokenizeToArray(text);
            return recognizer.Recognize(text, tokens, SentenceSplitter.Split(text, tokens));
        };
    }

    /// <summary>
    /// Scores <paramref name="extract"/> end to end on <paramref name="articles"/>; when asked, collects each scored
    /// entity's <see cref="Entity.Score"/> (what a user reads) and whether its span and type were right.
    /// </summary>
    public static SpanScore Evaluate(
        Func<string, IReadOnlyList<Entity>> extract, IEnumerable<ArticleText> articles, List<double>? scores = null, List<bool>? correct = null)
    {
        ArgumentNullException.ThrowIfNull(extract);
        var score = new SpanScore();
        foreach (var article in articles)
        {
            var entities = extract(article.Text);
            score.AddSpans(article.Entities, Spans(entities));
            if (scores is not null && correct is not null)
            {
                var gold = article.Entities.ToHashSet();
                foreach (var entity in entities.Where(e => SpanScore.IsScored(e.Type)))
                {
                    scores.Add(entity.Score);
                    correct.Add(gold.Contains(Span(entity)));
                }
            }
        }

        return score;
    }

    private static List<GoldSpan> Spans(IReadOnlyList<Entity> entities) => entities.Select(Span).ToList();

    private static GoldSpan Span(Entity entity) => new(entity.Start, entity.End, entity.Type);

    /// <summary>
    /// One line per error: <c>-</c> for a gold span missed, <c>+</c> for a spurious prediction, its type, and the
    /// span in brackets with 40 characters around it (line breaks shown as <c>|</c>).
    /// </summary>
    public static IEnumerable<string> Errors(Func<string, IReadOnlyList<Entity>> extract, IEnumerable<ArticleText> articles)
    {
        ArgumentNullException.ThrowIfNull(extract);
        foreach (var article in articles)
        {
            var predicted = Spans(extract(article.Text));
            var gold = article.Entities.ToHashSet();
            var missed = article.Entities.Where(g => !predicted.Contains(g)).ToList();
            var spurious = predicted.Where(p => !gold.Contains(p)).ToList();
            foreach (var span in missed)
            {
                yield return Describe(article.Text, span, '-');
            }

            foreach (var span in spurious)
            {
                yield return Describe(article.Text, span, '+');
            }
        }
    }

    private static string Describe(string text, GoldSpan span, char sign)
    {
        int from = Math.Max(0, span.Start - 40);
        int to = Math.Min(text.Length, span.End + 40);
        string context = $"{text[from..span.Start]}[{text[span.Start..span.End]}]{text[span.End..to]}";
        return $"{sign} {span.Type,-12} {context.Replace('\n', '|')}";
    }
}
