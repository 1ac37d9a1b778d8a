using EntityExtractor.Tokenization;

namespace EntityExtractor.Training.Tagging;

/// <summary>
/// Lays corpus tokens out in one string separated by spaces, with <see cref="Token"/>s over it, so the
/// trainer runs the very feature code the library runs on a caller's text.
/// </summary>
internal sealed class SentenceLayout
{
    public SentenceLayout(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Text = string.Join(' ', words);
        Tokens = new Token[words.Count];
        int start = 0;
        for (int i = 0; i < words.Count; i++)
        {
            Tokens[i] = new Token(start, words[i].Length, TokenKind.Word, TokenShape.None);
            start += words[i].Length + 1;
        }
    }

    public string Text { get; }

    public Token[] Tokens { get; }
}
