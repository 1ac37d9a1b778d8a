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
            .WithMessage($"The casualty model has 3 features; this library computes {IncidentFeatures.Count}.");
    }

    [Fact]
    public void Read_NotANumberWeight_ThrowsInvalidDataNamingTheFeature()
    {
        byte[] data = Shipped;
        BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(20 + (4 * (int)IncidentFeature.RuleBackground)), float.NaN);
        Reseal(data);

        FluentActions.Invoking(() => IncidentModel.Read(data)).Should().Throw<InvalidDataException>().WithMessage("*weight 1 (RuleBackground)*");
    }

    [Fact]
    public void Relabel_RuleBackgroundAlone_KeepsTheRulesFlags()
    {
        var weights = new float[IncidentFeatures.Count];
        weights[(int)IncidentFeature.Bias] = 1;
        weights[(int)IncidentFeature.RuleBackground] = -2;
        var model = new IncidentModel(weights, new float[IncidentFeatures.Count]);
        var rows = new float[2 * IncidentFeatures.Count];
        rows[(int)IncidentFeature.Bias] = 1;
        rows[IncidentFeatures.Count + (int)IncidentFeature.Bias] = 1;
        rows[IncidentFeatures.Count + (int)IncidentFeature.RuleBackground] = 1;
        var figures = new EntityExtractor.Casualties.RawFigure[2];
        figures[0].Kind = CasualtyKind.Killed;
        figures[0].IsBackground = true;
        figures[1].Kind = CasualtyKind.Wounded;

        model.Relabel(rows, figures);

        figures.Select(f => f.IsBackground).Should().Equal(false, true);
    }

    private static void Reseal(byte[] data) =>
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(data.Length - 4), Crc32.Compute(data.AsSpan(0, data.Length - 4)));
}
