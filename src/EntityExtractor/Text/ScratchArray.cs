using System.Buffers;

namespace EntityExtractor.Text;

/// <summary>
/// Working arrays for one call: small ones come from <see cref="ArrayPool{T}.Shared"/>, large ones are allocated for
/// the call and left to the garbage collector. The shared pool rounds a request up to a power of two and keeps what
/// is returned to it, so pooling the per-token arrays of a 50-million-character document would hold about twice
/// their size for the life of the process.
/// </summary>
internal static class ScratchArray
{
    /// <summary>
    /// The most elements an array taken from the pool has (a power of two, so a rounded request stays within it):
    /// documents of up to about 20 million characters reuse pooled arrays and allocate nothing per call; measured on
    /// 2^16, the per-call allocation of a 2 MB text rose from 14 MB to 31 MB.
    /// </summary>
    public const int PoolLimit = 1 << 22;

    /// <summary>An array of at least <paramref name="length"/> elements, whose contents are undefined.</summary>
    public static T[] Rent<T>(int length) =>
        length <= PoolLimit ? ArrayPool<T>.Shared.Rent(length) : GC.AllocateUninitializedArray<T>(length);

    /// <summary>Gives back an array from <see cref="Rent{T}(int)"/>; only pooled ones go back to the pool.</summary>
    public static void Return<T>(T[] array)
    {
        if (array.Length <= PoolLimit)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }
}
