namespace PartnerCenter.Customers.Http;

/// <summary>The first bytes of an error body, and whether there was more (see <see cref="ResponseBodyHandler"/>).</summary>
internal sealed class ErrorBodyPrefixContent(BodyPrefix prefix) : ByteArrayContent(prefix.Bytes)
{
    /// <summary>True when the body went on past <see cref="PartnerCenterClientOptions.MaxErrorBodyBytes"/>.</summary>
    public bool Truncated { get; } = prefix.Truncated;
}
