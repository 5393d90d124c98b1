using PartnerCenter.Customers.Concurrency;

namespace PartnerCenter.Customers;

/// <summary>
/// Updating a customer's billing profile with optimistic concurrency, without handling <c>If-Match</c> by hand:
/// the profile that was read carries its ETag (<c>attributes.etag</c>), and the update sends it. If someone else
/// changed the profile in between, the update fails with a <see cref="PartnerCenterException"/> of kind
/// <see cref="PartnerCenterFailureKind.ConcurrencyConflict"/> and nothing is changed.
/// </summary>
/// <example>
/// <code>
/// var read = await api.GetCustomerBillingProfileAsync(customerId);
/// var stored = await api.UpdateBillingProfileAsync(customerId, read with { Email = "billing@contoso.com" });
/// </code>
/// </example>
public static class BillingProfileUpdateExtensions
{
    /// <summary>
    /// Replaces the billing profile with <paramref name="profile"/>, on the condition that it is still the version
    /// <paramref name="profile"/> was read as: its <c>attributes.etag</c> is sent, quoted, in <c>If-Match</c>.
    /// </summary>
    /// <param name="api">The client.</param>
    /// <param name="customerTenantId">The customer's tenant id.</param>
    /// <param name="profile">
    /// The profile as <see cref="IPartnerCenterCustomersApi.GetCustomerBillingProfileAsync"/> returned it, with the changes
    /// applied (<c>read with { ... }</c> keeps its attributes, and so its ETag). The whole profile is sent.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile as stored, with its new ETag (use it for the next update).</returns>
    /// <exception cref="ArgumentException"><paramref name="profile"/> has no ETag, or one that cannot be sent; nothing was sent.</exception>
    /// <exception cref="PartnerCenterException">
    /// The update failed; <see cref="PartnerCenterFailureKind.ConcurrencyConflict"/> when the profile changed after it
    /// was read (read it again, reapply the change, update again).
    /// </exception>
    public static Task<CustomerBillingProfile> UpdateBillingProfileAsync(
        this IPartnerCenterCustomersApi api,
        Guid customerTenantId,
        CustomerBillingProfile profile,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(profile);
        var ifMatch = IfMatchOf(profile, nameof(profile));
        return api.UpdateCustomerBillingProfileAsync(customerTenantId, ifMatch, profile, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Replaces the billing profile with <paramref name="changed"/>, on the condition that it is still the version
    /// <paramref name="readBefore"/> is: the ETag of <paramref name="readBefore"/> is sent, quoted, in <c>If-Match</c>,
    /// and put in the body's <c>attributes.etag</c> too, so body and header agree.
    /// </summary>
    /// <param name="api">The client.</param>
    /// <param name="customerTenantId">The customer's tenant id.</param>
    /// <param name="readBefore">The profile as read before the change; only its ETag (and, where <paramref name="changed"/> has none, its id) is used.</param>
    /// <param name="changed">The whole new profile.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile as stored, with its new ETag.</returns>
    /// <exception cref="ArgumentException"><paramref name="readBefore"/> has no ETag, or one that cannot be sent; nothing was sent.</exception>
    /// <exception cref="PartnerCenterException">
    /// The update failed; <see cref="PartnerCenterFailureKind.ConcurrencyConflict"/> when the profile changed after
    /// <paramref name="readBefore"/> was read.
    /// </exception>
    public static Task<CustomerBillingProfile> UpdateBillingProfileAsync(
        this IPartnerCenterCustomersApi api,
        Guid customerTenantId,
        CustomerBillingProfile readBefore,
        CustomerBillingProfile changed,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(readBefore);
        ArgumentNullException.ThrowIfNull(changed);
        var ifMatch = IfMatchOf(readBefore, nameof(readBefore));
        var body = changed with
        {
            Id = changed.Id ?? readBefore.Id,
            Attributes = (changed.Attributes ?? readBefore.Attributes ?? new ResourceAttributes()) with { Etag = readBefore.Attributes!.Etag },
        };
        return api.UpdateCustomerBillingProfileAsync(customerTenantId, ifMatch, body, cancellationToken: cancellationToken);
    }

    private static string IfMatchOf(CustomerBillingProfile profile, string parameterName)
    {
        if (string.IsNullOrEmpty(profile.Attributes?.Etag))
        {
            throw new ArgumentException(
                "The billing profile has no ETag (attributes.etag), so the update could not say which version it replaces, and nothing was sent. "
                + "Pass the profile as GetCustomerBillingProfileAsync returned it, or a copy made with 'with', which keeps its attributes.",
                parameterName);
        }

        return EntityTags.ToIfMatch(profile.Attributes.Etag)
            ?? throw new ArgumentException(
                "The billing profile's ETag (attributes.etag) cannot be sent in If-Match: it holds a space, a control character, a double quote or a non-ASCII character. "
                + "Pass the profile as GetCustomerBillingProfileAsync returned it; nothing was sent.",
                parameterName);
    }
}
