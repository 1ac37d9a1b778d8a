using EntityExtractor;
using EntityExtractor.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="NewsEntityExtractor"/> in an <see cref="IServiceCollection"/>.</summary>
public static class NewsEntityExtractorServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="NewsEntityExtractor"/> with the default settings. It is made (and its model
    /// loaded, about a tenth of a second) the first time it is asked for, and is safe to use from every request at once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddNewsEntityExtractor(this IServiceCollection services) =>
        AddNewsEntityExtractor(services, static _ => { });

    /// <summary>
    /// Registers one shared <see cref="NewsEntityExtractor"/> made with the settings <paramref name="configure"/> sets.
    /// The settings are the options pattern's <see cref="NewsEntityExtractorServiceOptions"/>, so other
    /// <c>Configure</c> calls (for example a bound configuration section) apply too. Calling this again adds the
    /// configuration but not a second extractor.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the settings.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// builder.Services.AddNewsEntityExtractor(options =&gt;
    /// {
    ///     options.UserEntities["Lakeside Relief"] = EntityType.Organization;
    ///     options.MaxTextLength = 1_000_000;
    /// });
    /// </code>
    /// </example>
    public static IServiceCollection AddNewsEntityExtractor(this IServiceCollection services, Action<NewsEntityExtractorServiceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<NewsEntityExtractorServiceOptions>().Configure(configure);
        services.TryAddSingleton(static provider =>
            NewsEntityExtractor.Create(provider.GetRequiredService<IOptions<NewsEntityExtractorServiceOptions>>().Value.ToOptions()));
        return services;
    }
}
