using System.Buffers.Binary;
using EntityExtractor.Recognition;

namespace EntityExtractor.Testing;

/// <summary>
/// The shipped model with bytes flipped and its checksum made right again, so the damage gets past the CRC and
/// reaches the section reader: the model must then be refused with <see cref="InvalidDataException"/>, or load and
/// give sane results. The model tests and the fuzzer both check it.
/// </summary>
internal static class DamagedModels
{
    private const string Sample = "Two soldiers were killed in Kandahar, the Defence Ministry of Afghanistan said on Monday.";

    private static readonly Lazy<byte[]> Shipped = new(EmbeddedModel.ReadBytes);

    /// <summary>Flips <c>mask</c> into the byte at each <c>offset</c> (taken modulo the payload), fixes the CRC, and checks the outcome.</summary>
    /// <returns>Whether the damaged model loaded (and passed the checks).</returns>
    public static bool LoadAndCheck(IEnumerable<(uint Offset, byte Mask)> edits)
    {
        byte[] bytes = (byte[])Shipped.Value.Clone();
        foreach (var (offset, mask) in edits)
        {
            bytes[offset % (uint)(bytes.Length - 4)] ^= mask;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4), Crc32.Compute(bytes.AsSpan(0, bytes.Length - 4)));
        EntityModel model;
        try
        {
            model = EntityModel.Load(new MemoryStream(bytes));
        }
        catch (InvalidDataException)
        {
            return false;
        }

        var extractor = NewsEntityExtractor.Create(new NewsEntityExtractorOptions { Model = model });
        ExtractionInvariants.CheckResult(Sample, extractor.Extract(Sample));
        return true;
    }
}
