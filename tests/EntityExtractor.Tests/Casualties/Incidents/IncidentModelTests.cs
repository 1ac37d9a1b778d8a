using System.Buffers.Binary;
using EntityExtractor.Casualties.Incidents;
using EntityExtractor.Recognition;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Casualties.Incidents;

public class IncidentModelTests
{
    private static byte[] Shipped => IncidentModel.Default.Write();

    [Fact]
    public void Read_WrittenModel_GivesTheSameWeights()
    {
        IncidentModel model = IncidentModel.Read(Shipped);

        model.Weights.ToArray().Should().Equal(IncidentModel.Default.Weights.ToArray());
    }

    [Theory]
    [InlineData(0, "The casualty model is truncated: 0 bytes*")]
    [InlineData(19, "The casualty model is truncated: 19 bytes*")]
    [InlineData(40, "The casualty model is truncated or padded*")]
    public void Read_TruncatedModel_ThrowsInvalidDataSayingSo(int keep, string message)
    {
        byte[] data = Shipped[..keep];

        FluentActions.Invoking(() => IncidentModel.Read(data)).Should().Throw<InvalidDataException>().WithMessage(message);
    }

    [Fact]
    public void Read_FlippedByte_ThrowsInvalidDataNamingTheChecksum()
    {
        byte[] data = Shipped;
        data[30] ^= 0x40;

        FluentActions.Invoking(() => IncidentModel.Read(data)).Should().Throw<InvalidDataException>().WithMessage("The casualty model is corrupt*CRC-32*");
    }

    [Fact]
    public void Read_OtherVersion_ThrowsInvalidDataNamingTheVersion()
    {
        byte[] data = Shipped;
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(8), 7);
        Reseal(data);

        FluentActions.Invoking(() => IncidentModel.Read(data)).Should().Throw<InvalidDataException>().WithMessage("The casualty model has format version 7; this library reads version 1.");
    }

    [Fact]
    public void Read_EntityModel_ThrowsInvalidDataSayingNotACasualtyModel()
    {
        byte[] data = EmbeddedModel.ReadBytes();

        FluentActions.Invoking(() => IncidentModel.Read(data)).Should().Throw<InvalidDataException>().WithMessage("This is not a casualty model: it does not start with the bytes 'EXCASMDL'.");
    }

    [Fact]
    public void Read_OtherFeatureCount_ThrowsInvalidDataNamingBothCounts()
    {
        byte[] data = Shipped;
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(16), 3);
        Reseal(data);

        FluentActions.Invoking(() => IncidentModel.Read(data)).Should().Throw<InvalidDataException>()
            .WithMessage($"The casualty model has 3 features; this library computes {IncidentChanges.Dimension}.");
    }

    [Fact]
    public void Read_NotANumberWeight_ThrowsInvalidDataNamingTheFeature()
    {
        byte[] data = Shipped;
        BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(20 + (4 * (IncidentChanges.Dimension + (int)IncidentFeature.RuleBackground))), float.NaN);
        Reseal(data);

        FluentActions.Invoking(() => IncidentModel.Read(data)).Should().Throw<InvalidDataException>().WithMessage("The casualty model's weight 1 of ToLead is not a finite number.");
    }

    [Fact]
    public void Revise_ChangeThatLowersTheWoundedScoresAbove0_IsMade()
    {
        const string text = "A man was shot dead on Elm Street. Last year, three people were wounded there.";
        var weights = new float[IncidentChanges.Kinds * IncidentChanges.Dimension];
        weights[((int)IncidentChange.ToLead * IncidentChanges.Dimension) + (int)IncidentFeature.Bias] = 1;
        var model = new IncidentModel(weights);
        (List<EntityExtractor.Casualties.RawFigure> figures, float[] rows, EntityExtractor.Tokenization.Token[] tokens) = Read(text);

        model.Revise(text, tokens, rows, figures);

        figures.Select(f => f.IsBackground).Should().Equal(false, false);
        EntityExtractor.Casualties.CasualtySummarizer.Summarize(text, tokens, figures).Should().Be(new CasualtySummary(1, 3, null, null));
    }

    [Fact]
    public void Revise_NoChangeScoresAbove0_KeepsTheRulesReading()
    {
        const string text = "A man was shot dead on Elm Street. Last year, three people were wounded there.";
        var model = new IncidentModel(new float[IncidentChanges.Kinds * IncidentChanges.Dimension]);
        (List<EntityExtractor.Casualties.RawFigure> figures, float[] rows, EntityExtractor.Tokenization.Token[] tokens) = Read(text);

        model.Revise(text, tokens, rows, figures);

        figures.Select(f => f.IsBackground).Should().Equal(false, true);
    }

    private static (List<EntityExtractor.Casualties.RawFigure> Figures, float[] Rows, EntityExtractor.Tokenization.Token[] Tokens) Read(string text)
    {
        EntityExtractor.Tokenization.Token[] tokens = EntityExtractor.Tokenization.NewsTokenizer.TokenizeToArray(text);
        var sentences = EntityExtractor.Sentences.SentenceSplitter.Split(text, tokens);
        var figures = EntityExtractor.Casualties.CasualtyExtractor.ReadFigures(text, tokens, sentences, out _)!;
        return (figures, IncidentFeatures.Compute(text, tokens, sentences, CasualtyContext.None, figures), tokens);
    }

    private static void Reseal(byte[] data) =>
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(data.Length - 4), Crc32.Compute(data.AsSpan(0, data.Length - 4)));
}
