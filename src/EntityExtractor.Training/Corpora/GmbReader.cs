using System.Text;
using EntityExtractor.Recognition;

namespace EntityExtractor.Training.Corpora;

/// <summary>
/// Reads the GMB "ner_dataset.csv" (Windows-1252, RFC 4180 quoting, header <c>Sentence #,Word,POS,Tag</c>,
/// the sentence column filled only on each sentence's first row, IOB2 tags) into one-sentence documents with
/// our BIO labels (see <see cref="TagMapping.FromGmb"/>).
/// </summary>
internal static class GmbReader
{
    public static IReadOnlyList<LabeledDocument> ReadFile(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var reader = new StreamReader(path, Encoding.GetEncoding(1252));
        return Read(reader, path);
    }

    public static IReadOnlyList<LabeledDocument> Read(TextReader reader, string source = "input")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = new List<LabeledDocument>();
        var words = new List<string>();
        var labels = new List<byte>();
        string? header = reader.ReadLine();
        if (header is null || !header.StartsWith("Sentence #,Word,POS,Tag", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{source}: expected the header 'Sentence #,Word,POS,Tag'.");
        }

        int lineNumber = 1;
        string previousType = "";
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            string[] fields = SplitCsv(line);
            if (fields.Length != 4)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: expected 4 comma-separated fields, got {fields.Length}.");
            }

            if (fields[0].Length > 0)
            {
                EndSentence();
            }

            string tag = fields[3];
            byte label = 0;
            if (tag != "O")
            {
                if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I'))
                {
                    throw new InvalidDataException($"{source}:{lineNumber}: unknown tag '{tag}'.");
                }

                string type = tag[2..];
                if (TagMapping.FromGmb(type, fields[2]) is { } mapped)
                {
                    // An I- whose previous token was not mapped to the same type starts a new span.
                    bool begins = tag[0] == 'B' || previousType != type || labels.Count == 0 || labels[^1] == 0;
                    label = begins ? BioLabels.Begin(mapped) : BioLabels.Inside(mapped);
                }

                previousType = type;
            }
            else
            {
                previousType = "";
            }

            words.Add(fields[1]);
            labels.Add(label);
        }

        EndSentence();
        return documents;

        void EndSentence()
        {
            if (words.Count > 0)
            {
                CutTitles(words, labels);
                documents.Add(new LabeledDocument([new LabeledSentence(words.ToArray(), labels.ToArray())]));
                words.Clear();
                labels.Clear();
            }

            previousType = "";
        }
    }

    /// <summary>"President/B-PER George/I-PER Bush/I-PER" -> "President/O George/B-PER Bush/I-PER".</summary>
    private static void CutTitles(List<string> words, List<byte> labels)
    {
        byte begin = BioLabels.Begin(EntityType.Person), inside = BioLabels.Inside(EntityType.Person);
        for (int i = 0; i < words.Count; i++)
        {
            if (labels[i] != begin)
            {
                continue;
            }

            int k = i;
            while (k + 1 < words.Count && labels[k + 1] == inside && TagMapping.IsTitle(words[k]))
            {
                labels[k] = 0;
                labels[++k] = begin;
            }
        }
    }

    /// <summary>Splits one CSV line with RFC 4180 quotes (<c>","</c> is a comma token, <c>""""</c> a quote token).</summary>
    public static string[] SplitCsv(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = new List<string>(4);
        var field = new StringBuilder();
        int i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    field.Append(line[i++]);
                }
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                break;
            }

            i++; // the comma
        }

        return fields.ToArray();
    }
}
