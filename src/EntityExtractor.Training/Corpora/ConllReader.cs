using EntityExtractor.Recognition;

namespace EntityExtractor.Training.Corpora;

/// <summary>
/// Reads CoNLL-2003 (<c>word POS chunk NE</c>) and wikigold (<c>word NE</c>) files: one token a line, blank
/// lines between sentences, <c>-DOCSTART-</c> lines between documents (before each in CoNLL, after each in
/// wikigold; both just split). The NE column is IOB1 (<c>I-X</c> inside, <c>B-X</c> only to separate two
/// adjacent entities of one type); it is converted to BIO over our types via <see cref="TagMapping"/>.
/// </summary>
internal static class ConllReader
{
    public static IReadOnlyList<LabeledDocument> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static IReadOnlyList<LabeledDocument> Read(TextReader reader, string source = "input")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = new List<LabeledDocument>();
        var sentences = new List<LabeledSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int lineNumber = 0;
        foreach (var line in ConllLines.Read(reader))
        {
            lineNumber = line.Number;
            switch (line.Kind)
            {
                case ConllLineKind.DocumentStart:
                    EndSentence();
                    EndDocument();
                    break;
                case ConllLineKind.SentenceEnd:
                    EndSentence();
                    break;
                default:
                    if (line.Fields.Length < 2)
                    {
                        throw new InvalidDataException($"{source}:{lineNumber}: expected 'word ... tag', got '{string.Join(' ', line.Fields)}'.");
                    }

                    words.Add(line.Fields[0]);
                    tags.Add(line.Fields[^1]);
                    break;
            }
        }

        EndSentence();
        EndDocument();
        return documents;

        void EndSentence()
        {
            if (words.Count == 0)
            {
                return;
            }

            sentences.Add(new LabeledSentence(words.ToArray(), FromIob1(tags, source, lineNumber)));
            words.Clear();
            tags.Clear();
        }

        void EndDocument()
        {
            if (sentences.Count > 0)
            {
                documents.Add(new LabeledDocument(sentences.ToArray()));
                sentences.Clear();
            }
        }
    }

    /// <summary>Converts IOB1 tags to our BIO labels; types without a mapping become O.</summary>
    public static byte[] FromIob1(IReadOnlyList<string> tags, string source = "input", int line = 0)
    {
        var labels = new byte[tags.Count];
        string previousType = "";
        for (int i = 0; i < tags.Count; i++)
        {
            string tag = tags[i];
            if (tag == "O")
            {
                previousType = "";
                continue;
            }

            if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I'))
            {
                throw new InvalidDataException($"{source}:{line}: unknown NE tag '{tag}'.");
            }

            string type = tag[2..];
            bool begins = tag[0] == 'B' || type != previousType;
            previousType = type;
            if (TagMapping.FromConll(type) is { } mapped)
            {
                labels[i] = begins ? BioLabels.Begin(mapped) : BioLabels.Inside(mapped);
            }
        }

        return labels;
    }
}
