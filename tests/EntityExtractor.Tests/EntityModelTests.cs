using System.Buffers.Binary;
using CsCheck;
using EntityExtractor.Recognition;
using EntityExtractor.Testing;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests;

/// <summary>The public model API: the shipped model, and models loaded from a stream, which fail at load when damaged.</summary>
public sealed class EntityModelTests
{
    private const string Sentence = "Two soldiers were killed in Kandahar, the Defence Ministry of Afghanistan said on Monday.";

    private static readonly byte[] Shipped = ReadShipped();

    [Fact]
    public void Load_ShippedModelBytes_GivesTheDefaultModelsResults()
    {
        var loaded = EntityModel.Load(new MemoryStream(Shipped));

        var withLoaded = NewsEntityExtractor.Create(new NewsEntityExtractorOptions { Model = loaded }).Extract(Sentence);
        var withDefault = NewsEntityExtractor.Create().Extract(Sentence);

        loaded.FeatureCount.Should().Be(EntityModel.Default.FeatureCount);
        ExtractionInvariants.Same(withLoaded, withDefault).Should().BeTrue();
        withLoaded.Entities.Select(e => (e.Type, e.Text)).Should().Equal(
            (EntityType.Location, "Kandahar"), (EntityType.Organization, "Defence Ministry of Afghanistan"));
    }

    [Fact]
    public async Task LoadAsync_ShippedModelBytes_LoadsTheSameModel()
    {
        var loaded = await EntityModel.LoadAsync(new MemoryStream(Shipped));

        loaded.FeatureCount.Should().Be(EntityModel.Default.FeatureCount);
    }

    [Fact]
    public async Task LoadAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => EntityModel.LoadAsync(new MemoryStream(Shipped), cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [InlineData(0, "*truncated*")]
    [InlineData(12, "*truncated*")]
    [InlineData(1000, "*truncated or padded*")]
    public void Load_TruncatedModel_ThrowsInvalidDataSayingSo(int keep, string message)
    {
        var act = () => EntityModel.Load(new MemoryStream(Shipped, 0, keep));

        act.Should().Throw<InvalidDataException>().WithMessage(message);
    }

    [Fact]
    public void Load_FlippedByte_ThrowsInvalidDataNamingTheChecksum()
    {
        byte[] bytes = (byte[])Shipped.Clone();
        bytes[bytes.Length / 3] ^= 0x10;

        var act = () => EntityModel.Load(new MemoryStream(bytes));

        act.Should().Throw<InvalidDataException>().WithMessage("*corrupt*CRC-32*");
    }

    [Fact]
    public void Load_OtherVersion_ThrowsInvalidDataNamingTheVersion()
    {
        byte[] bytes = (byte[])Shipped.Clone();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 99);

        var act = () => EntityModel.Load(new MemoryStream(bytes));

        act.Should().Throw<InvalidDataException>().WithMessage("*format version 99*");
    }

    [Fact]
    public void Load_OtherFile_ThrowsInvalidDataSayingNotAModel()
    {
        var act = () => EntityModel.Load(new MemoryStream("{\"not\": \"a model\", \"padding\": \"................\"}"u8.ToArray()));

        act.Should().Throw<InvalidDataException>().WithMessage("This is not an entity model*");
    }

    [Fact]
    public void Load_NullOrUnreadableStream_ThrowsArgumentErrors()
    {
        var write = new MemoryStream();
        write.Dispose();

        FluentActions.Invoking(() => EntityModel.Load(null!)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        FluentActions.Invoking(() => EntityModel.Load(write)).Should().Throw<ArgumentException>().WithParameterName("stream");
    }

    [Fact]
    public void Load_DamagedSectionsWithAValidChecksum_LoadAndStaySaneOrThrowInvalidData()
    {
        // Damage that passes the checksum reaches the section reader: it must refuse the model or give sane output.
        var patch = Gen.Select(Gen.Int[0, Shipped.Length - 5], Gen.Byte[1, 255]).Array[1, 4];
        patch.Sample(
            edits =>
            {
                byte[] bytes = (byte[])Shipped.Clone();
                foreach (var (offset, mask) in edits)
                {
                    bytes[offset] ^= mask;
                }

                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4), Crc32.Compute(bytes.AsSpan(0, bytes.Length - 4)));
                EntityModel model;
                try
                {
                    model = EntityModel.Load(new MemoryStream(bytes));
                }
                catch (InvalidDataException)
                {
                    return;
                }

                var result = NewsEntityExtractor.Create(new NewsEntityExtractorOptions { Model = model }).Extract(Sentence);
                ExtractionInvariants.CheckResult(Sentence, result);
            },
            iter: 40,
            threads: 1,
            seed: "0N0XIzNsQ0O4");
    }

    private static byte[] ReadShipped()
    {
        using var stream = typeof(EntityModel).Assembly.GetManifestResourceStream(EmbeddedModel.ResourceName)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
