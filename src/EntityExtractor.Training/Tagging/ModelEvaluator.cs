using EntityExtractor.Recognition;
using EntityExtractor.Training.Corpora;

namespace EntityExtractor.Training.Tagging;

/// <summary>Runs the library's <see cref="EntityTagger"/> over labelled documents and scores it.</summary>
internal static class ModelEvaluator
{
    /// <summary>The tagger's labels for every sentence of a document.</summary>
    public static byte[][] Predict(TaggerModel model, LabeledDocument document)
    {
        var layout = new DocumentLayout(document.Sentences);
        var labels = new byte[layout.Tokens.Length];
        var margins = new float[layout.Tokens.Length];
        new EntityTagger(model).TagDocument(layout.Text, layout.Tokens, layout.Sentences, labels, margins);
        return layout.Sentences.Select(s => labels.AsSpan(s.FirstToken, s.TokenCount).ToArray()).ToArray();
    }

    /// <summary>Scores <paramref name="model"/>; collects each predicted span's margin and whether it was right when asked.</summary>
    public static SpanScore Evaluate(TaggerModel model, IEnumerable<LabeledDocument> documents, List<double>? margins = null, List<bool>? correct = null)
    {
        var tagger = new EntityTagger(model);
        var score = new SpanScore();
        var spans = new List<TaggedSpan>();
        var right = new List<bool>();
        foreach (var document in documents)
        {
            var layout = new DocumentLayout(document.Sentences);
            var labels = new byte[layout.Tokens.Length];
            var tokenMargins = new float[layout.Tokens.Length];
            tagger.TagDocument(layout.Text, layout.Tokens, layout.Sentences, labels, tokenMargins);
            for (int s = 0; s < layout.Sentences.Count; s++)
            {
                var sentence = layout.Sentences[s];
                spans.Clear();
                EntityTagger.CollectSpans(labels.AsSpan(sentence.FirstToken, sentence.TokenCount), tokenMargins.AsSpan(sentence.FirstToken, sentence.TokenCount), 0, spans);
                spans.RemoveAll(span => !SpanScore.IsScored(span.Type));
                right.Clear();
                score.Add(document.Sentences[s].Labels.ToArray(), labels.AsSpan(sentence.FirstToken, sentence.TokenCount), right);
                if (margins is not null && correct is not null)
                {
                    for (int i = 0; i < spans.Count; i++)
                    {
                        margins.Add(spans[i].Margin);
                        correct.Add(right[i]);
                    }
                }
            }
        }

        return score;
    }

    /// <summary>
    /// Scores the whole recognizer (tagger, place extension, document consistency) as the library runs it,
    /// on the corpus tokens; no user dictionary.
    /// </summary>
    public static SpanScore EvaluatePipeline(TaggerModel model, IEnumerable<LabeledDocument> documents)
    {
        var recognizer = Recognizer(model);
        var score = new SpanScore();
        foreach (var document in documents)
        {
            byte[][] predicted = PredictPipeline(recognizer, document);
            for (int s = 0; s < document.Sentences.Count; s++)
            {
                score.Add(document.Sentences[s].Labels.ToArray(), predicted[s]);
            }
        }

        return score;
    }

    /// <summary>The whole recognizer the library runs (tagger, place extension, consistency), without user entities.</summary>
    public static EntityRecognizer Recognizer(TaggerModel model) =>
        new(model, UserDictionary.Empty);

    /// <summary>The whole recognizer's entities in one document, as BIO labels per sentence.</summary>
    public static byte[][] PredictPipeline(EntityRecognizer recognizer, LabeledDocument document)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(document);
        var layout = new DocumentLayout(document.Sentences);
        var entities = recognizer.Recognize(layout.Text, layout.Tokens, layout.Sentences);
        var labels = new byte[layout.Tokens.Length];
        var startToken = new Dictionary<int, int>();
        for (int t = 0; t < layout.Tokens.Length; t++)
        {
            startToken[layout.Tokens[t].Start] = t;
        }

        foreach (var entity in entities)
        {
            int first = startToken[entity.Start];
            labels[first] = BioLabels.Begin(entity.Type);
            for (int t = first + 1; t < layout.Tokens.Length && layout.Tokens[t].End <= entity.End; t++)
            {
                labels[t] = BioLabels.Inside(entity.Type);
            }
        }

        return layout.Sentences.Select(s => labels.AsSpan(s.FirstToken, s.TokenCount).ToArray()).ToArray();
    }

    /// <summary>A reliability table: predicted spans binned by calibrated score, with the share that was right.</summary>
    public static string Reliability(Calibration calibration, IReadOnlyList<double> margins, IReadOnlyList<bool> correct) =>
        Reliability(margins.Select(calibration.Probability).ToArray(), correct);

    /// <summary>
    /// A reliability table: spans binned by their score (a probability), with the mean score and the share that was
    /// right in each bin, then the expected calibration error (the spans' share-weighted gap between the two).
    /// </summary>
    public static string Reliability(IReadOnlyList<double> scores, IReadOnlyList<bool> correct)
    {
        var lines = new List<string> { "score bin   spans   mean  right" };
        double gap = 0;
        for (int bin = 0; bin < 10; bin++)
        {
            int n = 0, k = 0;
            double sum = 0;
            for (int i = 0; i < scores.Count; i++)
            {
                double p = scores[i];
                if ((int)Math.Min(9, p * 10) == bin)
                {
                    n++;
                    sum += p;
                    k += correct[i] ? 1 : 0;
                }
            }

            if (n > 0)
            {
                gap += Math.Abs(sum - k);
                lines.Add(FormattableString.Invariant($"[{bin / 10.0:0.0},{(bin + 1) / 10.0:0.0})  {n,6}  {sum / n,5:0.000}  {(double)k / n,5:0.000}"));
            }
        }

        lines.Add(FormattableString.Invariant($"expected calibration error {(scores.Count == 0 ? 0 : gap / scores.Count):0.0000} over {scores.Count:N0} spans"));
        return string.Join(Environment.NewLine, lines);
    }
}
