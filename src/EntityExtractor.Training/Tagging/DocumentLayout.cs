using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;
using EntityExtractor.Training.Corpora;

namespace EntityExtractor.Training.Tagging;

/// <summary>
/// Lays corpus tokens out in one string separated by spaces (sentences by newlines), with <see cref="Token"/>s
/// and <see cref="Sentence"/>s over it, so the trainer runs the very code the library runs on a caller's text.
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
                tokens.Add(new Token(text.Length, word.Length, TokenKind.Word, TokenReader.RescanShape(word, 0, word.Length)));
                text.Append(word);
            }

            spans.Add(new Sentence(start, text.Length - start, first, sentence.Count));
        }

        Text = text.ToString();
        Tokens = tokens.ToArray();
        Sentences = spans;
    }

    public DocumentLayout(LabeledSentence sentence)
        : this([sentence])
    {
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }
}
