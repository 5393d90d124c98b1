using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerCenter.Emulator.Requests;

/// <summary>
/// Source-generated reading of request bodies. Member names are matched without regard to case: the documented
/// create-customer and billing-profile update bodies use PascalCase names where every response uses camelCase, and
/// the service evidently accepts both (see the spec's <c>x-decision</c> notes). Anything else about the JSON is strict.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(NewCustomerInput))]
[JsonSerializable(typeof(BillingProfileInput))]
[JsonSerializable(typeof(CustomerPatchInput))]
[JsonSerializable(typeof(QualificationInput))]
internal sealed partial class RequestJsonContext : JsonSerializerContext;
