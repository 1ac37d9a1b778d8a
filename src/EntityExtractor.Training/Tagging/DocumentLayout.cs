using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;
using EntityExtractor.Training.Corpora;

namespace EntityExtractor.Training.Tagging;

/// <summary>
/// Lays corpus tokens out in one string separated by spaces (sentences by newlines), with <see cref="Token"/>s
/// (with the kinds the library's tokenizer gives the words) and <see cref="Sentence"/>s over it, so the trainer runs
/// the very code the library runs on a caller's text.
/// </summary>
internal sealed class DocumentLayout
{
    public DocumentLayout(IReadOnlyList<LabeledSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var spans = new List<Sentence>();
        foreach (var sentence in sentences)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            int first = tokens.Count;
            int start = text.Length;
            for (int i = 0; i < sentence.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                string word = sentence.Words[i];
                tokens.Add(new Token(text.Length, word.Length, KindOf(word), TokenReader.RescanShape(word, 0, word.Length)));
                text.Append(word);
            }

            spans.Add(new Sentence(start, text.Length - start, first, sentence.Count));
        }

        Text = text.ToString();
        Tokens = tokens.ToArray();
        Sentences = spans;
    }

    /// <summary>
    /// The kind the library's tokenizer gives the corpus word read on its own ("U.S." an abbreviation, "," a
    /// punctuation mark), so steps after the tagger that look at kinds behave as they do on a caller's text; a word
    /// the tokenizer would split ("Mo.-based") counts as a word.
    /// </summary>
    private static TokenKind KindOf(string word)
    {
        int position = 0;
        return TokenReader.TryRead(word, ref position, out Token token) && token.Start == 0 && token.Length == word.Length
            ? token.Kind
            : TokenKind.Word;
    }

    public DocumentLayout(LabeledSentence sentence)
        : this([sentence])
    {
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }
}
