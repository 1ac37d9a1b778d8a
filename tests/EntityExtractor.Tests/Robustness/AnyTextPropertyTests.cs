using CsCheck;
using EntityExtractor.Testing;
using EntityExtractor.Tokenization;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Robustness;

/// <summary>
/// Properties that hold for any string (CsCheck generates them, shrinks a failure to a small one and prints its
/// seed): no exception, tokens ordered and inside the text without splitting a surrogate pair, entities and
/// figures inside the text with their substring, scores in [0, 1], counts not negative, the same answer on every
/// call and through the span API, and the same tokens when tokenizing is resumed anywhere.
/// </summary>
public sealed class AnyTextPropertyTests
{
    private static readonly NewsEntityExtractor Extractor = NewsEntityExtractor.Create();

    /// <summary>Words that wake the tagger and the casualty reader, so generated text reaches their deeper rules.</summary>
    private static readonly string[] NewsWords =
    [
        "killed", "wounded", "were", "was", "shot", "dead", "died", "at least", "four", "4", "1,200", "dozens of", "people",
        "soldiers", "police", "said", "in", "the", "The", "and", "Baghdad", "Mosul", "U.S.", "U.N.", "al-", "Ahmed", "Smith",
        "Ministry", "Inc.", "Oct.", "7", "'s", "n't", "don't", "a", "of", "two others", "including", "million", "dozen",
        "Ninety-nine", "800,000,000", "himself", "another", "the gunman", "www.example.com", "#tag", "@user", "Dr.", "J.",
        "ab.", "A-B.", "...", "\"", "(", ")", "'", "\u2019", "-", "\u2014", ".", ",", "?", "!", ":", ";",
    ];

    /// <summary>Characters that break naive text code: controls, separators, surrogates, marks, scripts, emoji.</summary>
    private static readonly string[] HostilePieces =
    [
        "\0", "\u0001", "\u001B[31m", "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\u200B", "\u200D", "\uFEFF", "\uFFFD", "\uFFFF",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
        "\uD83C\uDDEE\uD83C\uDDF6", "\uD83D\uDC4D\uD83C\uDFFD", "e\u0301", "\u0301\u0301\u0301", "\u0628\u063A\u062F\u0627\u062F",
        "\u0661\u0662", "\u4E2D\u6587", "\u0915\u094D\u0937", "\u202E", "\r", "\n", "\r\n", "\t", "\n\n", "  ",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (8, Gen.OneOf(NewsWords)),
        (6, Gen.Const(" ")),
        (3, Gen.Char[' ', '~'].Select(c => c.ToString())),
        (3, Gen.OneOf(HostilePieces)),
        (1, Gen.Char.Select(c => c.ToString())));

    private static readonly Gen<string> AnyText = Piece.Array[0, 80].Select(string.Concat);

    [Fact]
    public void Extract_AnyString_KeepsEveryInvariant()
    {
        AnyText.Sample(
            text =>
            {
                var result = Extractor.Extract(text);
                ExtractionInvariants.CheckResult(text, result);
                ExtractionInvariants.Same(result, Extractor.Extract(text)).Should().BeTrue("the same text gives the same result on every call");
                ExtractionInvariants.Same(result, Extractor.Extract(text.AsSpan())).Should().BeTrue("the span API agrees with the string API");
            },
            iter: 4000,
            seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Tokenize_AnyStringOfCodeUnits_KeepsEveryTokenInvariant()
    {
        // Raw UTF-16 code units, surrogates and controls included, with no words to guide them.
        Gen.Char.Array[0, 64].Select(chars => new string(chars)).Sample(
            text => ExtractionInvariants.CheckTokens(text, NewsTokenizer.Tokenize(text)),
            iter: 20000,
            seed: "0N0XIzNsQ0O3");
    }

    /// <summary>Hostile strings held in code, not in [InlineData], whose UTF-8 metadata would turn lone surrogates into U+FFFD.</summary>
    [Fact]
    public void Extract_HostileString_KeepsEveryInvariant()
    {
        string[] texts =
        [
            "\uD800", "\uDC00", "killed \uDC00\uD800 4 people", "a \uD800 b \uDC00", "\0\0\0",
            "\uFEFFAt least four people were killed in Baghdad.", "\u200B\u200D\u2060", "Ahmed\r\n\r\nBaghdad\t\tMosul\u2028Kirkuk",
            "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 killed 3 \u0628\u063A\u062F\u0627\u062F e\u0301\u0301",
        ];

        foreach (string text in texts)
        {
            ExtractionInvariants.CheckResult(text, Extractor.Extract(text));
        }

        NewsTokenizer.Tokenize(texts[2]).Select(t => t.Kind).Should().Equal(TokenKind.Word, TokenKind.Other, TokenKind.Other, TokenKind.Number, TokenKind.Word);
    }
}
