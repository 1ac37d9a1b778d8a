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

    private static readonly byte[] Shipped = EmbeddedModel.ReadBytes();

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
        var edits = Gen.Select(Gen.UInt, Gen.Byte[1, 255]).Array[1, 4];
        int loaded = 0;
        edits.Sample(
            patch => loaded += DamagedModels.LoadAndCheck(patch) ? 1 : 0,
            iter: 40,
            threads: 1,
            seed: "0N0XIzNsQ0O4");

        loaded.Should().BeInRange(1, 39, "weight damage loads and header damage is refused; both kinds must be reached");
    }
}
