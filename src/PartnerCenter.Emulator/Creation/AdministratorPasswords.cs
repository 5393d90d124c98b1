using System.Buffers;
using System.Security.Cryptography;

namespace PartnerCenter.Emulator.Creation;

/// <summary>
/// The generated password of a new customer's administrator, returned once in the answer to creating the customer
/// (as the documented answer's <c>userCredentials.password</c>) and never stored or logged by the emulator.
/// </summary>
internal static class AdministratorPasswords
{
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    // Punctuation of the kind the documented password has ("=;;n.=s9Z").
    private const string Symbols = "=;.!#%*+-?";
    private const int Length = 16;

    private static readonly SearchValues<char>[] EveryKind =
        [SearchValues.Create(Lower), SearchValues.Create(Upper), SearchValues.Create(Digits), SearchValues.Create(Symbols)];

    /// <summary>Sixteen characters from a cryptographic generator, with at least one of each kind, as Entra ID requires three of four.</summary>
    public static string Create()
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(Lower + Upper + Digits + Symbols, Length);
            if (EveryKind.All(kind => password.AsSpan().ContainsAny(kind)))
            {
                return password;
            }
        }
    }
}
