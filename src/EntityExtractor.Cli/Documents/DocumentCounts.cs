namespace EntityExtractor.Cli.Documents;

/// <summary>What a run did: every document read got exactly one output.</summary>
/// <param name="Documents">Documents read (JSON lines or files), and so outputs written.</param>
/// <param name="BadInput">Documents that could not be read (an error output each).</param>
/// <param name="InternalErrors">Documents whose extraction failed inside the library (an error output each): a bug to report.</param>
internal readonly record struct DocumentCounts(int Documents, int BadInput, int InternalErrors)
{
    /// <summary>The counts of one document with <paramref name="outcome"/>.</summary>
    public static DocumentCounts Of(DocumentOutcome outcome) => outcome switch
    {
        DocumentOutcome.BadInput => new(1, 1, 0),
        DocumentOutcome.InternalError => new(1, 0, 1),
        _ => new(1, 0, 0),
    };

    /// <summary>Adds up the counts of two runs.</summary>
    public static DocumentCounts operator +(DocumentCounts left, DocumentCounts right) =>
        new(left.Documents + right.Documents, left.BadInput + right.BadInput, left.InternalErrors + right.InternalErrors);
}
