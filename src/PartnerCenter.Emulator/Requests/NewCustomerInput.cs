namespace PartnerCenter.Emulator.Requests;

/// <summary>The body of "Create a customer" (the spec's <c>NewCustomer</c>).</summary>
internal sealed record NewCustomerInput(
    NewCompanyProfileInput? CompanyProfile = null,
    BillingProfileInput? BillingProfile = null,
    bool? EnableGDAPByDefault = null,
    string? AssociatedPartnerId = null);

/// <summary>The company profile of a new customer: the domain of the tenant to create, and where required the registration number.</summary>
internal sealed record NewCompanyProfileInput(string? Domain = null, string? OrganizationRegistrationNumber = null);
