namespace PartnerCenter.Emulator.Listing;

/// <summary>Why a continuation token was not accepted.</summary>
internal enum TokenRejection
{
    /// <summary>Not a token this emulator issued, or one changed since: bad encoding, length, version or signature.</summary>
    NotValid,

    /// <summary>Issued here and unchanged, but its lifetime is over on the emulator's clock.</summary>
    Expired,
}
