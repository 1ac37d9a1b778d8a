using EntityExtractor.Recognition;
using EntityExtractor.Training.Corpora;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Training;

public sealed class GmbReaderTests
{
    private static string[] Names(IReadOnlyList<byte> labels) => labels.Select(l => BioLabels.Name(l)).ToArray();

    [Fact]
    public void Read_Csv_GroupsRowsIntoSentencesAndMapsTags()
    {
        const string text = "Sentence #,Word,POS,Tag\r\n"
            + "Sentence: 1,Iraqi,JJ,B-gpe\r\n"
            + ",troops,NNS,O\r\n"
            + ",entered,VBD,O\r\n"
            + ",Iraq,NNP,B-gpe\r\n"
            + ",\",\",\",\",O\r\n"
            + ",President,NNP,B-per\r\n"
            + ",Salih,NNP,I-per\r\n"
            + ",said,VBD,O\r\n"
            + ",Monday,NNP,B-tim\r\n"
            + "Sentence: 2,\"\"\"\",\"\"\"\",O\r\n"
            + ",Baghdad,NNP,B-geo\r\n";

        var documents = GmbReader.Read(new StringReader(text));

        documents.Should().HaveCount(2);
        var first = documents[0].Sentences[0];
        first.Words.Should().Equal("Iraqi", "troops", "entered", "Iraq", ",", "President", "Salih", "said", "Monday");
        Names(first.Labels).Should().Equal("MISC", "O", "O", "B-LOC", "O", "O", "B-PER", "O", "O");
        documents[1].Sentences[0].Words.Should().Equal("\"", "Baghdad");
        Names(documents[1].Sentences[0].Labels).Should().Equal("O", "B-LOC");
    }

    [Fact]
    public void Read_MissingHeader_ThrowsInvalidData()
    {
        var act = () => GmbReader.Read(new StringReader("Word,Tag\n"));

        act.Should().Throw<InvalidDataException>().WithMessage("*header*");
    }

    [Theory]
    [InlineData("a,b,c,d", new[] { "a", "b", "c", "d" })]
    [InlineData(",\",\",\",\",O", new[] { "", ",", ",", "O" })]
    [InlineData(",\"\"\"\",\"\"\"\",O", new[] { "", "\"", "\"", "O" })]
    public void SplitCsv_QuotedFields_Unquotes(string line, string[] expected)
    {
        GmbReader.SplitCsv(line).Should().Equal(expected);
    }
}
