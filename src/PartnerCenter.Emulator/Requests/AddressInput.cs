namespace PartnerCenter.Emulator.Requests;

/// <summary>An address as a request sends it (the spec's <c>Address</c>); every member optional until validated.</summary>
internal sealed record AddressInput(
    string? Country = null,
    string? Region = null,
    string? City = null,
    string? State = null,
    string? AddressLine1 = null,
    string? AddressLine2 = null,
    string? AddressLine3 = null,
    string? PostalCode = null,
    string? District = null,
    string? FirstName = null,
    string? MiddleName = null,
    string? LastName = null,
    string? PhoneNumber = null);
