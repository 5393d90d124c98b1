namespace PartnerCenter.Emulator.Requests;

/// <summary>
/// A billing profile as a request sends it: the body of the billing profile update, and the <c>billingProfile</c> of a
/// new customer. Its <c>id</c>, <c>links</c> and <c>attributes</c> are the service's to set, so they are not read.
/// </summary>
internal sealed record BillingProfileInput(
    string? FirstName = null,
    string? LastName = null,
    string? Email = null,
    string? Culture = null,
    string? Language = null,
    string? CompanyName = null,
    AddressInput? DefaultAddress = null);
