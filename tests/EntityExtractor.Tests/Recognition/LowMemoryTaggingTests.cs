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
    public void TagDocument_SumsKeptForSomeOrNoTokens_GivesTheSameLabelsAndMargins()
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
        byte[] keptLabels = new byte[tokens.Length];
        float[] keptMargins = new float[tokens.Length];
        tagger.TagDocument(text, tokens, sentences, keptLabels, keptMargins, keptSumTokens: tokens.Length);

        foreach (int keptSumTokens in new[] { 0, 1, 150, tokens.Length / 2 })
        {
            byte[] labels = new byte[tokens.Length];
            float[] margins = new float[tokens.Length];
            tagger.TagDocument(text, tokens, sentences, labels, margins, keptSumTokens);

            labels.Should().Equal(keptLabels, $"sums kept for {keptSumTokens} tokens");
            margins.Should().Equal(keptMargins, $"sums kept for {keptSumTokens} tokens");
        }

        keptLabels.Count(l => l != 0).Should().BeGreaterThan(tokens.Length / 10);
    }
}
