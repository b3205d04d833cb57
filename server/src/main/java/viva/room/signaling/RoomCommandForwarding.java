package viva.room.signaling;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import viva.json.Jsonp;
import viva.signaling.RoomCommand;
import viva.signaling.room.RoomHome;
import viva.signaling.room.RoomRegistry;
import viva.system.ClusterNotices;

/**
 * A room command made on a node that does not hold the room (the secretary's request reached the
 * other node) goes on to the node that does, as a notice; there it is fired again, as if made there.
 */
@ApplicationScoped
public class RoomCommandForwarding {

    static final String NOTICE = "room-command";
    private static final Logger LOG = Logger.getLogger(RoomCommandForwarding.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ClusterNotices nodes;

    @Inject
    RoomRegistry rooms;

    @Inject
    RoomHome home;

    @Inject
    Event<RoomCommand> commands;

    @Resource
    ManagedExecutorService executor;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        nodes.subscribe(words -> {
            if (words.length == 3 && NOTICE.equals(words[0])) {
                received(words[1], words[2]);
            }
        });
    }

    void forward(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomCommand command) {
        if (nodes.shared() && rooms.room(command.defenseId()).isEmpty()) {
            // Off the transaction's completion, where the lease cannot be read.
            executor.execute(() -> forwardToHolder(command));
        }
    }

    private void forwardToHolder(RoomCommand command) {
        if (home.holder(command.defenseId()).isEmpty()) {
            return;
        }
        String json = Base64.getEncoder().encodeToString(JSON.toJson(command).getBytes(StandardCharsets.UTF_8));
        nodes.publish(NOTICE, command.getClass().getSimpleName(), json);
    }

    private void received(String kind, String body) {
        Optional<Class<?>> type = Arrays.stream(RoomCommand.class.getPermittedSubclasses())
                .filter(c -> c.getSimpleName().equals(kind)).findFirst();
        if (type.isEmpty()) {
            return;
        }
        try {
            RoomCommand command = (RoomCommand) read(Jsonp.createReader(new StringReader(
                    new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8))).readValue(), type.get());
            if (rooms.room(command.defenseId()).isPresent()) {
                commands.fire(command);
            }
        } catch (RuntimeException | ReflectiveOperationException e) {
            LOG.log(Level.WARNING, "a room command from another node could not be read: " + kind, e);
        }
    }

    /**
     * A record by its canonical constructor, component by component: the commands and the stage
     * have more than one constructor, which JSON-B does not choose between.
     */
    private static Object read(JsonValue value, Class<?> type) throws ReflectiveOperationException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!type.isRecord()) {
            return JSON.fromJson(value.toString(), type);
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        JsonObject object = value.asJsonObject();
        for (int i = 0; i < components.length; i++) {
            values[i] = read(object.get(components[i].getName()), types[i]);
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        return canonical.newInstance(values);
    }
}
