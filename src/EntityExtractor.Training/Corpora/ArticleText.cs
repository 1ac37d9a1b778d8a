namespace EntityExtractor.Training.Corpora;

/// <summary>A gold entity as a character range of an article's text, end exclusive.</summary>
internal readonly record struct GoldSpan(int Start, int End, EntityType Type);

/// <summary>
/// An article as a user would pass it to <c>Extract</c>: its text, with the gold entities as character ranges of
/// that text, so an end-to-end evaluation scores what the library's own tokenizer and splitter make of it.
/// </summary>
internal sealed record ArticleText(string Text, IReadOnlyList<GoldSpan> Entities)
{
    /// <summary>
    /// Rebuilds an article from corpus tokens as the CoNLL-2003 end-to-end evaluation does: tokens joined by single
    /// spaces, sentences joined by <c>\n</c>.
    /// </summary>
    public static ArticleText FromTokens(LabeledDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var layout = new Tagging.DocumentLayout(document.Sentences);
        var entities = new List<GoldSpan>();
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            int first = layout.Sentences[s].FirstToken;
            foreach (var (start, end, type) in Tagging.SpanScore.Spans(document.Sentences[s].Labels.ToArray()))
            {
                entities.Add(new GoldSpan(layout.Tokens[first + start].Start, layout.Tokens[first + end - 1].End, type));
            }
        }

        return new ArticleText(layout.Text, entities);
    }
}

/// <summary>A corpus article both as labelled tokens (for the gold-token figure) and as text (for the end-to-end one).</summary>
internal sealed record OffsetArticle(LabeledDocument Labeled, ArticleText Article);
