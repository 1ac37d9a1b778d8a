using EntityExtractor.Recognition;
using EntityExtractor.Tokenization;
using EntityExtractor.Training.Corpora;
using EntityExtractor.Training.Tagging;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training;

public sealed class DocumentLayoutTests
{
    [Fact]
    public void Features_CorpusTokensAndTokenizedText_AreTheSame()
    {
        const string text = "Hadi al-Ameri met officials of the Hashed al-Shaabi in Baghdad's Palestine street on Thursday.";
        var tokens = NewsTokenizer.TokenizeToArray(text);
        var words = tokens.Select(t => text.Substring(t.Start, t.Length)).ToArray();
        var layout = new DocumentLayout(new LabeledSentence(words, new byte[words.Length]));
        var extractor = new FeatureExtractor(FeatureSet.Lexical, null, null);

        uint[] fromText = Extract(extractor, text, tokens, out int[] textCounts);
        uint[] fromCorpus = Extract(extractor, layout.Text, layout.Tokens, out int[] corpusCounts);

        corpusCounts.Should().Equal(textCounts);
        fromCorpus.Should().Equal(fromText);
        layout.Tokens.Select(t => layout.Text.Substring(t.Start, t.Length)).Should().Equal(words);
    }

    [Fact]
    public void Tokens_CorpusWords_HaveTheKindsAndShapesTheTokenizerGives()
    {
        // No clitic here: the layout reads each corpus word alone, and "'s" alone is no clitic ("'s" after a word is).
        const string text = "The U.S. envoy , Mr. Smith , left Baghdad airport at 10:30 on Oct. 7 .";
        var tokens = NewsTokenizer.TokenizeToArray(text);
        var words = tokens.Select(t => text.Substring(t.Start, t.Length)).ToArray();

        var layout = new DocumentLayout(new LabeledSentence(words, new byte[words.Length]));

        layout.Tokens.Select(t => t.Kind).Should().Equal(tokens.Select(t => t.Kind));
        layout.Tokens.Select(t => t.Shape).Should().Equal(tokens.Select(t => t.Shape));
    }

    [Fact]
    public void Tokens_CorpusWordTheTokenizerWouldSplit_IsAWord()
    {
        var layout = new DocumentLayout(new LabeledSentence(["Mo.-based", "bank"], new byte[2]));

        layout.Tokens[0].Kind.Should().Be(TokenKind.Word);
        layout.Tokens[0].Length.Should().Be("Mo.-based".Length);
    }

    private static uint[] Extract(FeatureExtractor extractor, string text, Token[] tokens, out int[] counts)
    {
        var features = new uint[tokens.Length * FeatureExtractor.MaxFeaturesPerToken];
        counts = new int[tokens.Length];
        extractor.Extract(text, tokens, features, counts, new uint[tokens.Length * FeatureExtractor.ScratchPerToken]);
        return features;
    }
}
