using System.Globalization;
using System.Text;

namespace EntityExtractor.Training.Corpora;

/// <summary>
/// Reads CoNLL++ (<c>word start end tag</c>: the token's character offsets in its article, IOB1 tags, blank lines
/// between sentences, <c>-DOCSTART- - - O</c> before each article). Each article comes back as labelled tokens and
/// as text rebuilt from the offsets: every gap between two tokens is the original whitespace, written as spaces
/// inside a sentence and as newlines between sentences, so gold spans keep their character ranges (relative to the
/// article's first token).
/// </summary>
internal static class ConllppReader
{
    public static IReadOnlyList<OffsetArticle> ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path);
    }

    public static IReadOnlyList<OffsetArticle> Read(TextReader reader, string source = "input")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var articles = new List<OffsetArticle>();
        var sentences = new List<LabeledSentence>();
        var sentenceStarts = new List<int>();
        var text = new StringBuilder();
        var tokenStarts = new List<int>();
        var tokenEnds = new List<int>();
        var words = new List<string>();
        var tags = new List<string>();
        int origin = -1;
        int lineNumber = 0;
        foreach (var line in ConllLines.Read(reader))
        {
            lineNumber = line.Number;
            if (line.Kind == ConllLineKind.DocumentStart)
            {
                EndSentence();
                EndArticle();
                continue;
            }

            if (line.Kind == ConllLineKind.SentenceEnd)
            {
                EndSentence();
                continue;
            }

            string[] fields = line.Fields;
            if (fields.Length != 4
                || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out int end)
                || end - start != fields[0].Length)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: expected 'word start end tag' with end - start = the word's length, got '{string.Join(' ', fields)}'.");
            }

            if (origin < 0)
            {
                origin = start;
            }

            int at = start - origin;
            if (at < text.Length)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: the token starts at {start}, before the end of the previous one.");
            }

            // The gap is the original whitespace: newlines before a sentence's first token, spaces inside one.
            text.Append(words.Count == 0 && text.Length > 0 ? '\n' : ' ', at - text.Length);
            tokenStarts.Add(text.Length);
            text.Append(fields[0]);
            tokenEnds.Add(text.Length);
            words.Add(fields[0]);
            tags.Add(fields[3]);
        }

        EndSentence();
        EndArticle();
        return articles;

        void EndSentence()
        {
            if (words.Count == 0)
            {
                return;
            }

            sentenceStarts.Add(tokenStarts.Count - words.Count);
            sentences.Add(new LabeledSentence(words.ToArray(), ConllReader.FromIob1(tags, source, lineNumber)));
            words.Clear();
            tags.Clear();
        }

        void EndArticle()
        {
            if (sentences.Count > 0)
            {
                var entities = new List<GoldSpan>();
                for (int s = 0; s < sentences.Count; s++)
                {
                    int first = sentenceStarts[s];
                    foreach (var (start, end, type) in Tagging.SpanScore.Spans(sentences[s].Labels.ToArray()))
                    {
                        entities.Add(new GoldSpan(tokenStarts[first + start], tokenEnds[first + end - 1], type));
                    }
                }

                articles.Add(new OffsetArticle(new LabeledDocument(sentences.ToArray()), new ArticleText(text.ToString(), entities)));
            }

            sentences.Clear();
            sentenceStarts.Clear();
            tokenStarts.Clear();
            tokenEnds.Clear();
            text.Clear();
            origin = -1;
        }
    }
}
