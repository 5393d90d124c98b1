using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace PartnerCenter.Emulator.Listing;

/// <summary>
/// Turns <see cref="ContinuationToken"/>s into the opaque text of <c>MS-ContinuationToken</c> and back. The text is
/// standard base64 (it can hold "/", "+" and "=", as the spec warns clients) of a small binary record followed by its
/// HMAC-SHA256 under a key made at random when the emulator starts: a token cannot be forged or altered without the
/// key, and one from another emulator instance (or from before a restart) is refused. Tokens expire on the emulator's
/// clock, <see cref="EmulatorOptions.ContinuationTokenLifetime"/> after their page was answered.
/// </summary>
/// <remarks>
/// Record, little-endian: version (1 byte, 1), expiry (UTC ticks, 8), after-position (8), horizon (8), page size (4),
/// search field (1, 0 for none), search value length (2) and its UTF-8 bytes; then the 32-byte HMAC of all that.
/// The token is signed, not encrypted: "opaque" means clients must not read or build it, not that it is secret.
/// </remarks>
internal sealed class ContinuationTokenCodec(TimeProvider clock, TimeSpan lifetime)
{
    private const byte Version = 1;
    private const int FixedLength = 1 + 8 + 8 + 8 + 4 + 1 + 2;
    private const int MacLength = HMACSHA256.HashSizeInBytes;
    private static readonly int MaximumLength = FixedLength + (CustomerFilter.MaximumValueLength * 3) + MacLength;

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    /// <summary>A token for the page after <paramref name="afterPosition"/>, valid for the configured lifetime from now.</summary>
    public string Issue(long afterPosition, long horizon, int pageSize, CustomerFilter? filter)
    {
        var value = filter is null ? [] : Encoding.UTF8.GetBytes(filter.Value);
        var token = new byte[FixedLength + value.Length + MacLength];
        var record = token.AsSpan(0, FixedLength + value.Length);
        record[0] = Version;
        BinaryPrimitives.WriteInt64LittleEndian(record[1..], (clock.GetUtcNow() + lifetime).UtcTicks);
        BinaryPrimitives.WriteInt64LittleEndian(record[9..], afterPosition);
        BinaryPrimitives.WriteInt64LittleEndian(record[17..], horizon);
        BinaryPrimitives.WriteInt32LittleEndian(record[25..], pageSize);
        record[29] = filter is null ? (byte)0 : (byte)filter.Field;
        BinaryPrimitives.WriteUInt16LittleEndian(record[30..], (ushort)value.Length);
        value.CopyTo(record[FixedLength..]);
        HMACSHA256.HashData(_key, record, token.AsSpan(record.Length));
        return Convert.ToBase64String(token);
    }

    public bool TryRead(string text, [NotNullWhen(true)] out ContinuationToken? token, out TokenRejection rejection)
    {
        token = null;
        rejection = TokenRejection.NotValid;
        // Checked before decoding, so an oversized header costs no allocation of its size.
        if (text.Length > (MaximumLength + 2) / 3 * 4)
        {
            return false;
        }

        var bytes = new byte[text.Length * 3 / 4];
        if (!Convert.TryFromBase64String(text, bytes, out var length) || length < FixedLength + MacLength)
        {
            return false;
        }

        var record = bytes.AsSpan(0, length - MacLength);
        Span<byte> expectedMac = stackalloc byte[MacLength];
        HMACSHA256.HashData(_key, record, expectedMac);
        // Constant time, so response timing says nothing about how much of a forged signature was right.
        if (!CryptographicOperations.FixedTimeEquals(expectedMac, bytes.AsSpan(record.Length, MacLength)))
        {
            return false;
        }

        // Signed by this instance, so the fields below are ones it wrote; the checks guard against format changes.
        var valueLength = BinaryPrimitives.ReadUInt16LittleEndian(record[30..]);
        if (record[0] != Version || record.Length != FixedLength + valueLength)
        {
            return false;
        }

        var expiresAt = new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(record[1..]), TimeSpan.Zero);
        if (clock.GetUtcNow() >= expiresAt)
        {
            rejection = TokenRejection.Expired;
            return false;
        }

        var field = (CustomerSearchField)record[29];
        token = new ContinuationToken(
            AfterPosition: BinaryPrimitives.ReadInt64LittleEndian(record[9..]),
            Horizon: BinaryPrimitives.ReadInt64LittleEndian(record[17..]),
            PageSize: BinaryPrimitives.ReadInt32LittleEndian(record[25..]),
            Filter: record[29] == 0 ? null : new CustomerFilter(field, Encoding.UTF8.GetString(record[FixedLength..])),
            expiresAt);
        return true;
    }
}
