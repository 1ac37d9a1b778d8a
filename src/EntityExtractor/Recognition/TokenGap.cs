using EntityExtractor.Tokenization;

namespace EntityExtractor.Recognition;

/// <summary>
/// How two tokens stand apart, for the rules that join a token to a name: only a single space joins (a line break never
/// falls inside an entity, so a one-character gap that is a line break or a tab does not).
/// </summary>
internal static class TokenGap
{
    /// <summary>Whether exactly one space separates <paramref name="left"/> from <paramref name="right"/>.</summary>
    public static bool IsOneSpace(ReadOnlySpan<char> text, Token left, Token right) =>
        right.Start - left.End == 1 && text[left.End] == ' ';

    /// <summary>Whether <paramref name="right"/> touches <paramref name="left"/> or follows it after one space.</summary>
    public static bool IsNoneOrOneSpace(ReadOnlySpan<char> text, Token left, Token right) =>
        right.Start == left.End || IsOneSpace(text, left, right);
}
