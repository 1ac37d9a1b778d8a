namespace EntityExtractor.Training.Corpora;

/// <summary>What a line of a CoNLL-style file is.</summary>
internal enum ConllLineKind
{
    /// <summary>A <c>-DOCSTART-</c> line: a document ends (and another may start).</summary>
    DocumentStart,

    /// <summary>A blank line: a sentence ends.</summary>
    SentenceEnd,

    /// <summary>A token line, split into its space-separated fields.</summary>
    Token,
}

/// <summary>A line of a CoNLL-style file: its number (from 1), its kind and, for a token line, its fields.</summary>
internal readonly record struct ConllLine(int Number, ConllLineKind Kind, string[] Fields);

/// <summary>
/// Splits CoNLL-style files (CoNLL-2003, wikigold, CoNLL++) into document starts, sentence ends and token lines, the
/// shape every such reader walks; each reader then checks and uses the fields its format has.
/// </summary>
internal static class ConllLines
{
    public static IEnumerable<ConllLine> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                yield return new ConllLine(number, ConllLineKind.DocumentStart, []);
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                yield return new ConllLine(number, ConllLineKind.SentenceEnd, []);
            }
            else
            {
                yield return new ConllLine(number, ConllLineKind.Token, line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }
    }
}
