namespace EntityExtractor.Cli;

/// <summary>What the JSON Lines output carries besides the always-present fields.</summary>
/// <param name="IncludeTokens">Add a <c>tokenList</c> array of <c>{start, end, kind}</c>.</param>
/// <param name="IncludeSentences">Add a <c>sentences</c> array of <c>{start, end}</c>.</param>
internal sealed record JsonLinesOptions(bool IncludeTokens, bool IncludeSentences);
