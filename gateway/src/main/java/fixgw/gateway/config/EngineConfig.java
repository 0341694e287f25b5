package fixgw.gateway.config;

/**
 * @param queueCapacity most commands waiting for the engine thread
 * @param maxBatchSize  most commands applied per commit
 */
public record EngineConfig(Integer queueCapacity, Integer maxBatchSize) {

    void validate(String field, ConfigErrors errors) {
        errors.requirePositive(field + ".queueCapacity", queueCapacity);
        errors.requirePositive(field + ".maxBatchSize", maxBatchSize);
    }
}
