using EntityExtractor.Recognition;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Recognition;

public sealed class TaggerModelTests
{
    private static TaggerModel SmallModel()
    {
        uint[] keys = [11, 22, 33];
        var weights = Enumerable.Range(0, keys.Length * BioLabels.Count).Select(i => (short)(i - 10)).ToArray();
        var transitions = Enumerable.Range(0, ViterbiDecoder.TransitionCount).Select(i => i * 0.25f).ToArray();
        var first = new LinearStage(keys, weights, 0.5f, transitions);
        var second = new LinearStage([44], [1, 2, 3, 4, 5, 6, 7, 8], 0.25f, transitions);
        var classes = new WordClassTable([FeatureHash.OfLowerWord("baghdad")], [WordClassTable.Pack(1, 2, 3)]);
        var gazetteer = new Gazetteer([Gazetteer.KeyOf(["gaza", "strip"])], [1], 2);
        return new TaggerModel(FeatureSet.Lexical | FeatureSet.WordClasses | FeatureSet.Gazetteers, first, second, classes, gazetteer, new Calibration(0.5f, -1f));
    }

    [Fact]
    public void Read_WrittenModel_RoundTrips()
    {
        var model = SmallModel();

        var read = TaggerModel.Read(model.Write());

        read.FeatureSet.Should().Be(model.FeatureSet);
        read.First.FeatureKeys.Should().Equal(model.First.FeatureKeys);
        read.First.Weights.Should().Equal(model.First.Weights);
        read.First.WeightScale.Should().Be(0.5f);
        read.First.Transitions.Should().Equal(model.First.Transitions);
        read.Second!.Weights.Should().Equal(model.Second!.Weights);
        read.WordClasses!.Find("Baghdad").Should().Be(WordClassTable.Pack(1, 2, 3));
        read.Gazetteer!.MaxTokens.Should().Be(2);
        read.Calibration.Should().Be(new Calibration(0.5f, -1f));
        read.Write().Should().Equal(model.Write());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(19)]
    [InlineData(100)]
    public void Read_TruncatedModel_ThrowsInvalidDataSayingTruncated(int keep)
    {
        byte[] bytes = SmallModel().Write();

        var act = () => TaggerModel.Read(bytes.AsSpan(0, Math.Min(keep, bytes.Length - 1)));

        act.Should().Throw<InvalidDataException>().WithMessage("*truncated*");
    }

    [Fact]
    public void Read_FlippedByte_ThrowsInvalidDataSayingCorrupt()
    {
        byte[] bytes = SmallModel().Write();
        bytes[bytes.Length / 2] ^= 0x40;

        var act = () => TaggerModel.Read(bytes);

        act.Should().Throw<InvalidDataException>().WithMessage("*corrupt*CRC-32*");
    }

    [Fact]
    public void Read_OtherFile_ThrowsInvalidDataSayingNotAModel()
    {
        byte[] bytes = new byte[64];
        "PK\u0003\u0004"u8.CopyTo(bytes);

        var act = () => TaggerModel.Read(bytes);

        act.Should().Throw<InvalidDataException>().WithMessage("*not an entity model*");
    }

    [Theory]
    [InlineData(9)]
    [InlineData(2)] // seven labels, before MISC
    public void Read_OtherFormatVersion_ThrowsInvalidDataNamingTheVersion(byte version)
    {
        byte[] bytes = SmallModel().Write();
        bytes[8] = version;

        var act = () => TaggerModel.Read(bytes);

        act.Should().Throw<InvalidDataException>().WithMessage($"*version {version}*reads version {TaggerModel.FormatVersion}*");
    }

    [Fact]
    public void Read_FeatureSetWithoutItsTable_ThrowsInvalidDataNamingTheSections()
    {
        var small = SmallModel();
        var model = new TaggerModel(FeatureSet.Lexical, small.First, null, null, null, small.Calibration);
        byte[] bytes = model.Write();
        bytes[24] = (byte)(FeatureSet.Lexical | FeatureSet.WordClasses); // HEAD's feature set, then fix the checksum
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4), Crc32.Compute(bytes.AsSpan(0, bytes.Length - 4)));

        var act = () => TaggerModel.Read(bytes);

        act.Should().Throw<InvalidDataException>().WithMessage("*WCLS*");
    }

    [Fact]
    public void Default_EmbeddedModel_LoadsWithBothPassesAndACalibration()
    {
        var model = TaggerModel.Read(EmbeddedModel.ReadBytes());

        model.First.FeatureKeys.Should().NotBeEmpty();
        model.Second.Should().NotBeNull();
        model.Calibration.A.Should().BePositive();
        EmbeddedModel.Default.FeatureCount.Should().Be(model.FeatureCount);
    }
}
