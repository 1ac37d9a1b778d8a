using System.Text;
using EntityExtractor.Recognition;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Recognition;

public sealed class LowMemoryTaggingTests
{
    [Fact]
    public void TagDocument_WithoutKeptSums_GivesTheSameLabelsAndMargins()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 400; i++)
        {
            builder.Append(i % 3 == 0 ? "Ahmed Karim of the Interior Ministry said four people were killed in Mosul. " : "Police in Springfield arrested two men on Monday.\n\n");
        }

        string text = builder.ToString();
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var tagger = new EntityTagger(EmbeddedModel.Default);
        byte[] keptLabels = new byte[tokens.Length], lowLabels = new byte[tokens.Length];
        float[] keptMargins = new float[tokens.Length], lowMargins = new float[tokens.Length];

        tagger.TagDocument(text, tokens, sentences, keptLabels, keptMargins, keepSums: true);
        tagger.TagDocument(text, tokens, sentences, lowLabels, lowMargins, keepSums: false);

        lowLabels.Should().Equal(keptLabels);
        lowMargins.Should().Equal(keptMargins);
        keptLabels.Count(l => l != 0).Should().BeGreaterThan(tokens.Length / 10);
    }
}
