using System.Buffers.Binary;
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
        // A seeded generator, so the same 40 damaged models every run and an exact count of those that load.
        var random = new Random(20261203);
        int loaded = 0;
        for (int model = 0; model < 40; model++)
        {
            // Even models are hit in their first 64 bytes (header, section tags and counts), odd ones anywhere.
            int reach = model % 2 == 0 ? 64 : int.MaxValue;
            var edits = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => ((uint)random.Next(reach), (byte)random.Next(1, 256))).ToList();
            loaded += DamagedModels.LoadAndCheck(edits) ? 1 : 0;
        }

        loaded.Should().Be(25, "of 40 damaged models, those hit in the weights load and those hit in a header or count are refused");
    }
}
