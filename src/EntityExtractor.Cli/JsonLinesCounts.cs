namespace EntityExtractor.Cli;

/// <summary>What a <c>--jsonl</c> run did: every line read got exactly one output line.</summary>
/// <param name="Lines">Lines read, and so lines written.</param>
/// <param name="BadLines">Lines that were not a JSON object with a string <c>"text"</c> (an error object each).</param>
/// <param name="InternalErrors">Documents whose extraction failed inside the library (an error object each): a bug to report.</param>
internal readonly record struct JsonLinesCounts(int Lines, int BadLines, int InternalErrors)
{
    /// <summary>Adds up the counts of two batches.</summary>
    public static JsonLinesCounts operator +(JsonLinesCounts left, JsonLinesCounts right) =>
        new(left.Lines + right.Lines, left.BadLines + right.BadLines, left.InternalErrors + right.InternalErrors);
}
